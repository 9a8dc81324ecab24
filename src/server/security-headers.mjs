/**
 * Response headers for the Node server (`npm start`, browser tests). The real policy lives in
 * ONE place, the built `_headers` file (template: `public/_headers`), which static hosts read
 * too; this module loads it and supplies the few defaults a host would add on its own.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { headersForPath, parseHeadersFile } from './headers-rules.mjs';

/**
 * Sent only when a build has no `_headers` (e.g. a bare `astro build`): enough to stay safe,
 * with a warning, instead of serving with no protection at all.
 */
export const FALLBACK_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
};

/** Host default cache policy when `_headers` sets none: revalidate every time. */
export const DEFAULT_CACHE_CONTROL = 'no-cache';

/**
 * Returns `headersFor(urlPath)` backed by `<root>/_headers`. The file is re-read when it
 * changes, so a rebuild under a running server never pairs new pages with old script hashes.
 * @param {string} root the build output folder
 * @param {(message: string) => void} [warn]
 */
export function headersFromFile(root, warn = (m) => console.warn(m)) {
  const file = join(root, '_headers');
  /** @type {{ mtime: number, rules: import('./headers-rules.mjs').HeaderRule[] | null }} */
  let cached = { mtime: -1, rules: null };
  let warned = false;
  const load = () => {
    const mtime = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (mtime === cached.mtime) return cached.rules;
    const parsed = mtime ? parseHeadersFile(readFileSync(file, 'utf8')) : null;
    if (parsed && !parsed.ok && !warned) warn(`${file}: ${parsed.errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`);
    if (!parsed && !warned) warn(`${file} is missing: run \`npm run build\`. Serving with fallback headers only.`);
    warned = warned || !parsed?.ok;
    cached = { mtime, rules: parsed?.ok ? parsed.rules : null };
    return cached.rules;
  };
  /** @param {string} urlPath */
  return (urlPath) => {
    const rules = load();
    const headers = rules ? headersForPath(rules, urlPath) : { ...FALLBACK_HEADERS };
    const hasCache = Object.keys(headers).some((name) => name.toLowerCase() === 'cache-control');
    return hasCache ? headers : { ...headers, 'Cache-Control': DEFAULT_CACHE_CONTROL };
  };
}

/** Headers the dev server leaves out: Vite injects inline scripts (no hashes) and serves fresh files. */
const NOT_FOR_DEV = new Set(['content-security-policy', 'cache-control']);

/**
 * Headers for `astro dev` (astro.config.mjs `server.headers`), taken from the same template as
 * the build: a lesson path's headers (so COOP/COEP, nosniff, Referrer-Policy) minus the CSP.
 * The dev server cannot vary headers by path, so every dev response gets them; harmless,
 * since everything it serves is same-origin.
 * @param {string} root the project folder
 * @returns {Record<string, string>}
 */
export function devServerHeaders(root) {
  const template = readFileSync(join(root, 'public/_headers'), 'utf8');
  const parsed = parseHeadersFile(template.replaceAll('{{base}}', '').replaceAll('{{script-hashes}}', ''));
  if (!parsed.ok) return { ...FALLBACK_HEADERS };
  const lesson = headersForPath(parsed.rules, '/en/lessons/dev/');
  return Object.fromEntries(Object.entries(lesson).filter(([name]) => !NOT_FOR_DEV.has(name.toLowerCase())));
}
