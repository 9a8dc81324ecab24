/**
 * Post-build step: turns the `public/_headers` template into the final `dist/_headers`.
 * Astro and Starlight emit small inline scripts (theme picker, search shortcut, sidebar state,
 * bundled component scripts under Astro's inline limit); a CSP without 'unsafe-inline' must list
 * each one's sha256 (CSP Level 3 "hash-source"). The hashes change with every build, so they are
 * computed from the built HTML rather than written by hand.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHeadersFile } from './headers-rules.mjs';
import { listFiles } from './precache-manifest.mjs';

/** Placeholders in the template. */
export const BASE_PLACEHOLDER = '{{base}}';
export const HASHES_PLACEHOLDER = '{{script-hashes}}';

/** Cloudflare Pages ignores `_headers` lines longer than this (developers.cloudflare.com/pages/configuration/headers). */
export const MAX_LINE = 2000;

/**
 * True when a `<script type>` makes the browser run the element (HTML "prepare the script
 * element"): no type, a JavaScript MIME type, `module` or `importmap`. Anything else, such as
 * `application/json` configuration, is a data block that CSP does not govern, so it needs no hash.
 * @param {string | undefined} type
 */
export function isExecutableType(type) {
  const t = (type ?? '').trim().toLowerCase();
  return t === '' || t === 'module' || t === 'importmap' || /^(text|application)\/(x-)?(java|ecma)script$/.test(t);
}

/**
 * The text of every inline (no `src`) executable `<script>` in an HTML document, in order.
 * Script contents are raw text in HTML, so the bytes between the tags are what the browser
 * hashes; only newlines are normalised, as the HTML parser does.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  const found = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = match[1] ?? '';
    if (/(^|\s)src\s*=/i.test(attrs)) continue;
    const type = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attrs);
    if (!isExecutableType(type ? (type[1] ?? type[2] ?? type[3]) : undefined)) continue;
    found.push((match[2] ?? '').replace(/\r\n?/g, '\n'));
  }
  return found;
}

/**
 * A CSP hash-source for a script's text: `'sha256-<base64>'`.
 * @param {string} text
 */
export function scriptHashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The sorted, de-duplicated hash-sources of all inline scripts in the built site.
 * @param {string} outDir
 */
export async function collectScriptHashes(outDir) {
  const hashes = new Set();
  for (const file of (await listFiles(outDir)).filter((f) => f.endsWith('.html'))) {
    for (const script of inlineScripts(await readFile(join(outDir, file), 'utf8'))) hashes.add(scriptHashSource(script));
  }
  return [...hashes].sort();
}

/**
 * Fills the template. The base path goes in without its trailing slash, so `{{base}}/*` becomes
 * `/*` at the site root and `/acr-lab/*` under a sub-path. The result must parse, and no
 * placeholder may survive, otherwise a host would send a broken policy.
 * @param {string} template
 * @param {{ base: string, scriptHashes: string[] }} values
 * @returns {{ ok: true, text: string } | { ok: false, error: string }}
 */
export function renderHeadersTemplate(template, { base, scriptHashes }) {
  if (!template.includes(HASHES_PLACEHOLDER)) return { ok: false, error: `the template has no ${HASHES_PLACEHOLDER} placeholder` };
  const prefix = base.replace(/\/+$/, '');
  const text = template.replaceAll(BASE_PLACEHOLDER, prefix).replaceAll(HASHES_PLACEHOLDER, scriptHashes.join(' '));
  const leftover = text.match(/\{\{[^}]*\}\}/);
  if (leftover) return { ok: false, error: `unknown placeholder ${leftover[0]} in the _headers template` };
  const parsed = parseHeadersFile(text);
  if (!parsed.ok) return { ok: false, error: parsed.errors.map((e) => `line ${e.line}: ${e.message}`).join('; ') };
  const long = text.split('\n').findIndex((line) => line.length > MAX_LINE);
  if (long >= 0) return { ok: false, error: `line ${long + 1} of _headers is longer than ${MAX_LINE} characters, which Cloudflare Pages ignores` };
  return { ok: true, text };
}

/**
 * Reads `<root>/public/_headers`, writes `<outDir>/_headers` (overwriting the raw copy Astro made).
 * @param {{ root: string, outDir: string, base: string }} opts
 * @returns {Promise<{ ok: true, hashes: number } | { ok: false, error: string }>}
 */
export async function writeHeadersFile({ root, outDir, base }) {
  const template = await readFile(join(root, 'public/_headers'), 'utf8').catch(() => null);
  if (template === null) return { ok: false, error: 'public/_headers is missing' };
  const scriptHashes = await collectScriptHashes(outDir);
  const rendered = renderHeadersTemplate(template, { base, scriptHashes });
  if (!rendered.ok) return rendered;
  await writeFile(join(outDir, '_headers'), rendered.text);
  return { ok: true, hashes: scriptHashes.length };
}
