/**
 * A small `docker` for the learner's workstation: login, pull, push, tag, images. Every request
 * to an Azure registry goes through the model's `decide()` with caller `{kind:'workstation'}`,
 * and denials print the daemon's texts (facts §3), e.g.
 * `Error response from daemon: Get "https://r.azurecr.io/v2/": denied: client with IP ...`.
 * Being signed in to az is not enough for Docker: it needs `az acr login` or `docker login` to a
 * registry first, as on a real workstation, or the registry answers 401 (facts §3 step 2).
 */

/** The registry's 401 as the daemon reports it, with the registry's pointer to its auth docs. */
const UNAUTHENTICATED = `${UNAUTHENTICATED_TEXT}, visit https://aka.ms/acr/authorization for more information.`;
import { decide, findRegistry, pushImage, registryDenialText, UNAUTHENTICATED_TEXT, type Registry, type World } from '../model';
import { dockerLoggedIn, fakeHex, imageDigest, imagesTable, localImages, parseImageRef, withDockerLogin, withLocalImage } from './docker-images';
import type { CliResult, OutputChunk } from './types';

const USAGE = `
Usage:  docker [OPTIONS] COMMAND

A self-sufficient runtime for containers (simulated: only the commands below work in this lab)

Commands:
  images      List images
  login       Log in to a registry
  logout      Log out from a registry
  pull        Download an image from a registry
  push        Upload an image to a registry
  tag         Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE

Run 'docker COMMAND --help' for more information on a command.
`;

type Outcome = { out: OutputChunk[]; world?: World; code: number };

const stdout = (text: string, delayMs = 0): OutputChunk => ({ stream: 'stdout', text: text.endsWith('\n') ? text : `${text}\n`, delayMs });
const stderr = (text: string): OutputChunk => ({ stream: 'stderr', text: text.endsWith('\n') ? text : `${text}\n` });
const failed = (text: string): Outcome => ({ out: [stderr(text)], code: 1 });

/** An Azure registry behind a host name, or the daemon's DNS failure for an unknown one. */
function acrRegistry(world: World, host: string): Registry | Outcome | null {
  if (!host.endsWith('.azurecr.io')) return null;
  const reg = findRegistry(world, host.slice(0, -'.azurecr.io'.length));
  return reg ?? failed(`Error response from daemon: Get "https://${host}/v2/": dial tcp: lookup ${host}: no such host`);
}

const isOutcome = (v: unknown): v is Outcome => typeof v === 'object' && v !== null && 'code' in v;

function login(world: World, args: string[]): Outcome {
  const server = args.find((a) => !a.startsWith('-') && !['-u', '-p', '--username', '--password'].includes(args[args.indexOf(a) - 1] ?? ''));
  if (!server) return failed('Error: Cannot perform an interactive login from a non TTY device');
  const host = server.replace(/^https?:\/\//, '').replace(/\/.*$/, '').toLowerCase();
  const reg = acrRegistry(world, host);
  if (isOutcome(reg)) return reg;
  if (reg) {
    const d = decide(world, { caller: { kind: 'workstation' }, operation: 'pull', registry: reg.name });
    // A missing role does not stop the token exchange: only the network and sign-in layers fail a login.
    if (!d.allowed && d.layer !== 'authorization') return failed(`Error response from daemon: Get "https://${host}/v2/": ${registryDenialText(d)}`);
    return { out: [stdout('Login Succeeded', 400)], world: withDockerLogin(world, host), code: 0 };
  }
  return { out: [stdout('Login Succeeded', 400)], code: 0 };
}

function logout(world: World, args: string[]): Outcome {
  const server = args.find((a) => !a.startsWith('-'));
  if (!server) return { out: [stdout('Removing login credentials for https://index.docker.io/v1/')], code: 0 };
  const host = server.replace(/^https?:\/\//, '').replace(/\/.*$/, '').toLowerCase();
  if (!dockerLoggedIn(world, host)) return { out: [stdout(`Not logged in to ${host}`)], code: 0 };
  return { out: [stdout(`Removing login credentials for ${host}`)], world: withDockerLogin(world, host, false), code: 0 };
}

function pull(world: World, args: string[]): Outcome {
  const name = args.find((a) => !a.startsWith('-'));
  if (!name) return failed('"docker pull" requires exactly 1 argument.\nSee \'docker pull --help\'.');
  const ref = parseImageRef(name);
  if (!ref) return failed(`invalid reference format: repository name must be lowercase`);
  const reg = acrRegistry(world, ref.host);
  if (isOutcome(reg)) return reg;
  const full = `${ref.host}/${ref.repository}:${ref.tag}`;
  if (reg) {
    const d = decide(world, { caller: { kind: 'workstation' }, operation: 'pull', registry: reg.name });
    if (!d.allowed && d.layer === 'network') return failed(`Error response from daemon: Get "https://${ref.host}/v2/": ${registryDenialText(d)}`);
    const manifest = `Error response from daemon: Head "https://${ref.host}/v2/${ref.repository}/manifests/${ref.tag}"`;
    if (!dockerLoggedIn(world, ref.host) && !reg.anonymousPullEnabled) return failed(`${manifest}: ${UNAUTHENTICATED}`);
    if (!d.allowed) return failed(`${manifest}: ${registryDenialText(d)}`);
    if (!reg.repositories.some((r) => r.name === ref.repository && r.tags.includes(ref.tag))) {
      return failed(`Error response from daemon: manifest for ${full} not found: manifest unknown: manifest tagged by "${ref.tag}" is not found`);
    }
  }
  const shown = ref.host === 'docker.io' ? `docker.io/${ref.repository}:${ref.tag}` : full;
  if (localImages(world).includes(ref.familiar)) {
    return { out: [stdout(`${ref.tag}: Pulling from ${ref.repository}`), stdout(`Digest: ${imageDigest(ref.repository)}`), stdout(`Status: Image is up to date for ${ref.familiar}`), stdout(shown)], code: 0 };
  }
  const out = [
    stdout(`${ref.tag}: Pulling from ${ref.repository}`, 200),
    stdout(`${fakeHex(ref.repository, 12)}: Pull complete`, 500),
    stdout(`Digest: ${imageDigest(ref.repository)}`, 100),
    stdout(`Status: Downloaded newer image for ${ref.familiar}`),
    stdout(shown),
  ];
  return { out, world: withLocalImage(world, ref.familiar), code: 0 };
}

function tag(world: World, args: string[]): Outcome {
  const [src, dst] = args.filter((a) => !a.startsWith('-'));
  if (!src || !dst) return failed('"docker tag" requires exactly 2 arguments.\nSee \'docker tag --help\'.');
  const from = parseImageRef(src);
  const to = parseImageRef(dst);
  if (!from || !to) return failed('Error parsing reference: invalid reference format: repository name must be lowercase');
  if (!localImages(world).includes(from.familiar)) return failed(`Error response from daemon: No such image: ${from.familiar}`);
  return { out: [], world: withLocalImage(world, to.familiar), code: 0 };
}

function push(world: World, args: string[]): Outcome {
  const name = args.find((a) => !a.startsWith('-'));
  if (!name) return failed('"docker push" requires exactly 1 argument.\nSee \'docker push --help\'.');
  const ref = parseImageRef(name);
  if (!ref) return failed('invalid reference format: repository name must be lowercase');
  if (!localImages(world).includes(ref.familiar)) return failed(`An image does not exist locally with the tag: ${ref.familiar.replace(/:latest$/, '')}`);
  const reg = acrRegistry(world, ref.host);
  if (isOutcome(reg)) return reg;
  const head = stdout(`The push refers to repository [${ref.host === 'docker.io' ? 'docker.io/' : `${ref.host}/`}${ref.repository}]`, 200);
  const layer = fakeHex(ref.repository, 12);
  if (!reg) return { out: [head, stdout(`${layer}: Preparing`), stderr('denied: requested access to the resource is denied')], code: 1 };
  const d = decide(world, { caller: { kind: 'workstation' }, operation: 'push', registry: reg.name });
  if (!d.allowed && d.layer === 'network') return { out: [head, stderr(`Get "https://${ref.host}/v2/": ${registryDenialText(d)}`)], code: 1 };
  if (!dockerLoggedIn(world, ref.host)) return { out: [head, stdout(`${layer}: Preparing`), stderr(UNAUTHENTICATED)], code: 1 };
  if (!d.allowed) return { out: [head, stderr(registryDenialText(d))], code: 1 };
  const res = pushImage(world, { registry: reg.name, repository: ref.repository, tag: ref.tag });
  if (!res.ok) return failed(res.error.message);
  const out = [head, stdout(`${layer}: Preparing`, 200), stdout(`${layer}: Pushed`, 600), stdout(`${ref.tag}: digest: ${imageDigest(ref.repository)} size: 525`)];
  return { out, world: res.world, code: 0 };
}

/** Run one `docker ...` command line (argv with or without the leading `docker`). */
export function runDocker(argv: string[], world: World): CliResult {
  const args = argv[0] === 'docker' ? argv.slice(1) : argv;
  const [cmd = '', ...rest] = args;
  let result: Outcome;
  if (cmd === '' || cmd === '--help' || cmd === '-h' || cmd === 'help' || rest.includes('--help')) result = { out: [stdout(USAGE.trimStart())], code: 0 };
  else if (cmd === 'login') result = login(world, rest);
  else if (cmd === 'logout') result = logout(world, rest);
  else if (cmd === 'pull') result = pull(world, rest);
  else if (cmd === 'push') result = push(world, rest);
  else if (cmd === 'tag') result = tag(world, rest);
  else if (cmd === 'images' || (cmd === 'image' && (rest[0] === 'ls' || rest[0] === 'list'))) result = { out: [stdout(imagesTable(world))], code: 0 };
  else result = failed(`docker: '${cmd}' is not a docker command.\nSee 'docker --help'`);
  const chunks = result.out;
  const join = (s: 'stdout' | 'stderr') => chunks.filter((c) => c.stream === s).map((c) => c.text).join('');
  return { exitCode: result.code, chunks, stdout: join('stdout'), stderr: join('stderr'), world: result.world ?? world };
}


