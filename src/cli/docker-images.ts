/**
 * Image references and the workstation's local image store for the simulated `docker`.
 * References follow Docker's normalisation: a first path component with a dot, a colon or
 * `localhost` is a registry host; anything else lives on Docker Hub (`docker.io/library/...`).
 */
import type { World } from '../model';

/** A parsed image reference. */
export interface ImageRef {
  /** Registry host, lower-cased (`docker.io` for Docker Hub). */
  host: string;
  /** Repository path inside the registry (`library/hello-world` on Docker Hub). */
  repository: string;
  tag: string;
  /** How `docker images` shows it: Docker Hub names without host and `library/`. */
  familiar: string;
}

const REF = /^(?:([a-z0-9.-]+(?::\d+)?)\/)?([a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*)(?::([\w][\w.-]{0,127}))?$/;

/** Parse `name[:tag]`; null when Docker would answer `invalid reference format`. */
export function parseImageRef(text: string): ImageRef | null {
  const m = REF.exec(text.trim());
  if (!m) return null;
  let host: string | undefined = m[1];
  let path = m[2];
  const tag = m[3] ?? 'latest';
  // `user/repo` is Docker Hub; only a component with a dot, a port or `localhost` is a host.
  if (host !== undefined && !host.includes('.') && !host.includes(':') && host !== 'localhost') {
    path = `${host}/${path}`;
    host = undefined;
  }
  const h = (host ?? 'docker.io').toLowerCase();
  const repository = h === 'docker.io' && !path.includes('/') ? `library/${path}` : path;
  const short = h === 'docker.io' ? repository.replace(/^library\//, '') : `${h}/${repository}`;
  return { host: h, repository, tag, familiar: `${short}:${tag}` };
}

/** Images the workstation holds (familiar `name:tag` references). */
export function localImages(world: World): string[] {
  return world.localImages ?? [];
}

/** The world with one more local image (no duplicates). */
export function withLocalImage(world: World, familiar: string): World {
  const images = localImages(world);
  return images.includes(familiar) ? world : { ...world, localImages: [...images, familiar] };
}

/** Whether the workstation's Docker holds credentials for a registry host. */
export function dockerLoggedIn(world: World, host: string): boolean {
  return (world.dockerLogins ?? []).includes(host.toLowerCase());
}

/** The world with Docker credentials for `host` (`az acr login`, `docker login`) added or removed. */
export function withDockerLogin(world: World, host: string, loggedIn = true): World {
  const hosts = (world.dockerLogins ?? []).filter((h) => h !== host.toLowerCase());
  return { ...world, dockerLogins: loggedIn ? [...hosts, host.toLowerCase()] : hosts };
}

/** Deterministic hex digits derived from a text (FNV-1a), for image IDs and digests. */
export function fakeHex(text: string, length: number): string {
  let out = '';
  let h = 0x811c9dc5;
  for (let round = 0; out.length < length; round++) {
    for (const c of `${round}:${text}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

/** Image content digest of a repository (the same content under every tag, like hello-world). */
export function imageDigest(repository: string): string {
  return `sha256:${fakeHex(repository.split('/').pop() ?? repository, 64)}`;
}

/** `docker images` table, newest last as stored; columns padded like Docker's tabwriter. */
export function imagesTable(world: World): string {
  const rows = [['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE']];
  for (const ref of localImages(world)) {
    const colon = ref.lastIndexOf(':');
    const repo = ref.slice(0, colon);
    rows.push([repo, ref.slice(colon + 1), fakeHex(repo.split('/').pop() ?? repo, 12), '2 months ago', '13.3kB']);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] + 3))).join('').trimEnd()).join('\n') + '\n';
}
