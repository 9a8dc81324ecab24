/**
 * Post-build step: the list of built files the service worker stores for offline use, each with
 * a content hash, and a version derived from all of them. The version is written INTO `sw.js`:
 * browsers notice a new service worker only when the script's bytes change
 * (https://w3c.github.io/ServiceWorker/#update-algorithm), so a new deploy must change `sw.js`.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const SW_FILE = 'sw.js';
export const MANIFEST_FILE = 'sw-manifest.json';
/** The JSON string literal in `public/sw.js` that the build replaces with the manifest. */
export const MANIFEST_PLACEHOLDER = '"__PRECACHE_MANIFEST__"';

/** Files a host reads or we write for tooling: never served to learners, so never precached. */
// The sandbox's az bundle is only used by the WebContainer mode, which needs the network anyway:
// caching it offline would cost every visitor its download for nothing.
const NOT_PRECACHED = new Set(['_headers', '_redirects', SW_FILE, MANIFEST_FILE, 'sandbox/az.mjs']);

/** @typedef {{ url: string, hash: string }} PrecacheEntry */
/** @typedef {{ version: string, base: string, entries: PrecacheEntry[] }} PrecacheManifest */

/**
 * Every file below `dir`, as sorted POSIX paths relative to `dir`.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
export async function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out.sort();
}

/** `''`, `/` → `/`; `/acr-lab` or `/acr-lab/` → `/acr-lab/`. @param {string} base */
export function normalizeBase(base) {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** True for files learners load: not dotfiles (the build stamp), not host config. @param {string} relPath */
export function isPrecached(relPath) {
  return !relPath.split('/').some((part) => part.startsWith('.')) && !NOT_PRECACHED.has(relPath);
}

/**
 * The URL path a file is requested at: `en/index.html` is the page `/base/en/` (the site uses
 * `trailingSlash: 'always'`), everything else its own path under the base.
 * @param {string} relPath
 * @param {string} base
 */
export function urlForFile(relPath, base) {
  const dirPage = relPath === 'index.html' ? '' : relPath.endsWith('/index.html') ? relPath.slice(0, -'index.html'.length) : null;
  return normalizeBase(base) + encodeURI(dirPage ?? relPath);
}

/** First 16 hex digits of the SHA-256 of the bytes: enough to tell builds apart. @param {Uint8Array | string} bytes */
export function contentHash(bytes) {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/**
 * The manifest for a set of files; the result does not depend on the order they are given in.
 * @param {{ path: string, bytes: Uint8Array | string }[]} files
 * @param {string} base
 * @returns {PrecacheManifest}
 */
export function buildPrecacheManifest(files, base) {
  const entries = files
    .filter((f) => isPrecached(f.path))
    .map((f) => ({ url: urlForFile(f.path, base), hash: contentHash(f.bytes) }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const normalized = normalizeBase(base);
  const version = contentHash(`${normalized}\n${entries.map((e) => `${e.url} ${e.hash}`).join('\n')}`);
  return { version, base: normalized, entries };
}

/**
 * Writes `<outDir>/sw-manifest.json` and puts the same manifest into `<outDir>/sw.js`.
 * @param {{ outDir: string, base: string }} opts
 * @returns {Promise<{ ok: true, manifest: PrecacheManifest } | { ok: false, error: string }>}
 */
export async function writePrecache({ outDir, base }) {
  const swPath = join(outDir, SW_FILE);
  const sw = await readFile(swPath, 'utf8').catch(() => null);
  if (sw === null) return { ok: false, error: `${SW_FILE} is missing from the build (it comes from public/${SW_FILE})` };
  if (!sw.includes(MANIFEST_PLACEHOLDER)) return { ok: false, error: `${SW_FILE} has no ${MANIFEST_PLACEHOLDER} placeholder` };
  const paths = (await listFiles(outDir)).filter(isPrecached);
  const files = await Promise.all(paths.map(async (path) => ({ path, bytes: await readFile(join(outDir, path)) })));
  const manifest = buildPrecacheManifest(files, base);
  await writeFile(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
  await writeFile(swPath, sw.replace(MANIFEST_PLACEHOLDER, JSON.stringify(manifest)));
  return { ok: true, manifest };
}
