/**
 * Decides whether `dist/` is missing or older than the sources, so `npm start` and the
 * browser tests build only when needed.
 */
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

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

/** True when the build stamp is missing, stale, or was made for another base path. */
export async function buildIsStale(root, basePath = '') {
  const stamp = await stat(join(root, STAMP)).catch(() => null);
  if (!stamp) return true;
  const { readFile } = await import('node:fs/promises');
  const stampBase = (await readFile(join(root, STAMP), 'utf8')).trim();
  if (stampBase !== basePath) return true;
  const sources = await Promise.all(SOURCES.map((s) => newestMtime(join(root, s))));
  return Math.max(...sources) > stamp.mtimeMs;
}

export async function writeStamp(root, basePath = '') {
  await writeFile(join(root, STAMP), `${basePath}\n`);
}
