/**
 * Decides whether a build output (default `dist/`) is missing or older than the sources, so
 * `npm start` and the browser tests build only when needed.
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';

const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'];
export const STAMP = 'dist/.build-stamp';

async function newestMtime(path) {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path)) newest = Math.max(newest, await newestMtime(join(path, entry)));
  return newest;
}

/** What a build depends on beyond its sources: the base path and the public address. */
function stampKey(basePath) {
  return [basePath, process.env.SITE_URL?.trim()].filter(Boolean).join(' ');
}

function stampPath(root, outDir) {
  return join(isAbsolute(outDir) ? outDir : join(root, outDir), '.build-stamp');
}

/** True when the build stamp is missing, stale, or was made for another base path or `SITE_URL`. */
export async function buildIsStale(root, basePath = '', outDir = 'dist') {
  const path = stampPath(root, outDir);
  const stamp = await stat(path).catch(() => null);
  if (!stamp) return true;
  const stampBase = (await readFile(path, 'utf8')).trim();
  if (stampBase !== stampKey(basePath)) return true;
  const sources = await Promise.all(SOURCES.map((s) => newestMtime(join(root, s))));
  return Math.max(...sources) > stamp.mtimeMs;
}

/** Records that `outDir` holds a complete build (incl. the post-build step) for `basePath` and `SITE_URL`. */
export async function writeStamp(root, basePath = '', outDir = 'dist') {
  await writeFile(stampPath(root, outDir), `${stampKey(basePath)}\n`);
}
