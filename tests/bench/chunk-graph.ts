/**
 * What JavaScript a built page loads, read from `dist/` without a browser: the page's module
 * and classic scripts (external and inline), then their static imports as esbuild resolves them
 * (its metafile separates `import` statements from dynamic `import()`), and the lazily loaded
 * chunk that carries xterm. Sizes are gzip level 9 of the files as served.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

export interface PageScripts {
  /** Files under dist (e.g. `_astro/page.x.js`) of `<script src>` and `<link rel=modulepreload>`. */
  external: string[];
  /** Bodies of inline JavaScript `<script>` elements (JSON data blocks excluded). */
  inline: string[];
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const PRELOAD = /<link\b[^>]*rel=["']?modulepreload["']?[^>]*>/gi;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}=["']?([^"'\\s>]+)`, 'i').exec(attrs)?.[1];

/** Site-absolute URL (`/_astro/x.js`, with `base`) to a path relative to dist. */
function toDistPath(url: string, base: string): string {
  const path = url.split(/[?#]/)[0];
  return path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
}

/** The scripts of one HTML page. */
export function pageScripts(html: string, base = '/'): PageScripts {
  const external: string[] = [];
  const inline: string[] = [];
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    const type = attr(attrs, 'type') ?? 'text/javascript';
    if (!/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue;
    const src = attr(attrs, 'src');
    if (src) external.push(toDistPath(src, base));
    else if (body.trim()) inline.push(body);
  }
  for (const [link] of html.matchAll(PRELOAD)) {
    const href = attr(link, 'href');
    if (href) external.push(toDistPath(href, base));
  }
  return { external: [...new Set(external)], inline };
}

export interface Graph {
  /** Files (relative to dist) loaded by static imports from the entries, entries included. */
  files: Set<string>;
  /** Targets of dynamic `import()` anywhere in `files`. */
  dynamic: Set<string>;
}

/** Inline script bodies as virtual entry files; site-absolute imports (`/_astro/x.js`) resolve in dist. */
const sitePlugin = (dist: string, base: string, inline: string[]): Plugin => ({
  name: 'site',
  setup(b) {
    b.onResolve({ filter: /^inline:\d+$/ }, (args) => ({ path: args.path, namespace: 'inline' }));
    b.onLoad({ filter: /.*/, namespace: 'inline' }, (args) => ({ contents: inline[Number(args.path.slice(7))], loader: 'js', resolveDir: dist }));
    b.onResolve({ filter: /^\// }, (args) => (args.kind === 'entry-point' ? undefined : { path: join(dist, toDistPath(args.path, base)) }));
  },
});

const graphCache = new Map<string, Promise<Graph>>();

/** The static import graph of `entries` (dist-relative files) plus inline module bodies, in one esbuild pass. */
export function importGraph(dist: string, entries: string[], inline: string[] = [], base = '/'): Promise<Graph> {
  const key = JSON.stringify([dist, entries, inline, base]);
  let graph = graphCache.get(key);
  if (!graph) graphCache.set(key, (graph = walk(dist, entries, inline, base)));
  return graph;
}

async function walk(dist: string, entries: string[], inline: string[], base: string): Promise<Graph> {
  const files = new Set<string>();
  const dynamic = new Set<string>();
  // Metafile paths are relative to absWorkingDir (dist); inline entries keep their namespace.
  const rel = (p: string) => (p.startsWith('inline:') ? p : relative(dist, resolve(dist, p)).replace(/\\/g, '/'));
  const result = await build({
    entryPoints: [...entries.map((e) => join(dist, e)), ...inline.map((_, i) => `inline:${i}`)],
    absWorkingDir: dist,
    bundle: true,
    write: false,
    metafile: true,
    splitting: true,
    format: 'esm',
    outdir: join(dist, '..', '.chunk-graph-unused'),
    logLevel: 'silent',
    plugins: [sitePlugin(dist, base, inline)],
  });
  const inputs = result.metafile.inputs;
  const byRel = new Map(Object.keys(inputs).map((k) => [rel(k), k]));
  // Walk from the entries along import statements only; esbuild lists dynamic targets too.
  const queue = [...entries, ...Object.keys(inputs).filter((k) => k.startsWith('inline:'))];
  const seen = new Set<string>();
  while (queue.length) {
    const file = rel(queue.shift() as string);
    const input = inputs[byRel.get(file) ?? ''];
    if (seen.has(file) || !input) continue;
    seen.add(file);
    if (!file.startsWith('inline:')) files.add(file);
    for (const imp of input.imports) {
      if (imp.kind === 'dynamic-import') dynamic.add(rel(imp.path));
      else if (imp.kind === 'import-statement') queue.push(imp.path);
    }
  }
  return { files, dynamic };
}

const gzipCache = new Map<string, number>();

/** gzip -9 size of a dist file. */
export function gzipSize(dist: string, file: string): number {
  const path = join(dist, file);
  let size = gzipCache.get(path);
  if (size === undefined) gzipCache.set(path, (size = gzipSync(readFileSync(path), { level: 9 }).length));
  return size;
}

export const gzipText = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** A class name only xterm's own code contains: how the terminal chunk is recognised. */
const XTERM_MARK = 'xterm-helper-textarea';

export interface LessonBytes {
  initial: { files: string[]; inlineGzip: number; gzip: number };
  terminal: { entry: string; files: string[]; gzip: number } | null;
}

/** Initial JavaScript of a built page and, if it lazily loads xterm, the terminal chunk graph. */
export async function lessonBytes(dist: string, htmlFile: string, base = '/'): Promise<LessonBytes> {
  const scripts = pageScripts(readFileSync(join(dist, htmlFile), 'utf8'), base);
  const initial = await importGraph(dist, scripts.external, scripts.inline, base);
  const inlineGzip = scripts.inline.length ? gzipText(scripts.inline.join('\n')) : 0;
  const initialFiles = [...initial.files].sort();
  const result: LessonBytes = {
    initial: { files: initialFiles, inlineGzip, gzip: inlineGzip + initialFiles.reduce((n, f) => n + gzipSize(dist, f), 0) },
    terminal: null,
  };
  for (const entry of initial.dynamic) {
    const graph = await importGraph(dist, [entry], [], base);
    const added = [...graph.files].filter((f) => !initial.files.has(f)).sort();
    if (!added.some((f) => readFileSync(join(dist, f), 'utf8').includes(XTERM_MARK))) continue;
    result.terminal = { entry, files: added, gzip: added.reduce((n, f) => n + gzipSize(dist, f), 0) };
  }
  return result;
}

/**
 * Every file the lab can load once its terminal entry starts: the entry's static imports and,
 * transitively, whatever they import dynamically (the CLI chunk, the sandbox toggle...).
 * The bench counts these as "the terminal" when it splits what a page fetched.
 */
export async function lazyClosure(dist: string, entry: string, base = '/'): Promise<Set<string>> {
  const files = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const next = queue.shift() as string;
    if (files.has(next)) continue;
    const graph = await importGraph(dist, [next], [], base);
    for (const f of graph.files) files.add(f);
    for (const d of graph.dynamic) if (!files.has(d)) queue.push(d);
  }
  return files;
}
