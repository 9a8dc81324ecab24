import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildPrecacheManifest,
  isPrecached,
  MANIFEST_PLACEHOLDER,
  normalizeBase,
  urlForFile,
  writePrecache,
} from '../../../src/server/precache-manifest.mjs';

const SITE = [
  { path: 'index.html', bytes: '<h1>root</h1>' },
  { path: 'en/index.html', bytes: '<h1>en</h1>' },
  { path: 'en/lessons/01-why-exceptions/index.html', bytes: '<h1>lesson</h1>' },
  { path: '404.html', bytes: 'not found' },
  { path: '_astro/page.abc123.js', bytes: 'console.log(1)' },
  { path: 'pagefind/wasm.en.pagefind', bytes: 'wasm' },
  { path: '_headers', bytes: '/*\n  X-A: b\n' },
  { path: '.build-stamp', bytes: '\n' },
  { path: 'sw.js', bytes: 'sw' },
  { path: 'sw-manifest.json', bytes: '{}' },
];

describe('urlForFile', () => {
  it.each([
    ['index.html', '', '/'],
    ['index.html', '/acr-lab', '/acr-lab/'],
    ['en/lessons/01/index.html', '/acr-lab/', '/acr-lab/en/lessons/01/'],
    ['404.html', '', '/404.html'],
    ['_astro/a.js', '/acr-lab', '/acr-lab/_astro/a.js'],
    ['pagefind/fragment/x y.pf_fragment', '', '/pagefind/fragment/x%20y.pf_fragment'],
  ])('%s under "%s" → %s', (file, base, url) => {
    expect(urlForFile(file, base)).toBe(url);
  });
});

describe('isPrecached', () => {
  it.each([
    ['_headers', false],
    ['.build-stamp', false],
    ['sw.js', false],
    ['sw-manifest.json', false],
    ['_astro/.hidden', false],
    ['en/index.html', true],
    ['favicon.svg', true],
    ['sandbox/az.mjs', false],
  ])('%s → %s', (file, expected) => expect(isPrecached(file)).toBe(expected));
});

describe('buildPrecacheManifest', () => {
  it('lists the learner-facing files under the base, never host config or the worker itself', () => {
    const manifest = buildPrecacheManifest(SITE, '/acr-lab');
    expect(manifest.base).toBe('/acr-lab/');
    expect(manifest.entries.map((e) => e.url)).toEqual([
      '/acr-lab/',
      '/acr-lab/404.html',
      '/acr-lab/_astro/page.abc123.js',
      '/acr-lab/en/',
      '/acr-lab/en/lessons/01-why-exceptions/',
      '/acr-lab/pagefind/wasm.en.pagefind',
    ]);
    expect(manifest.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives a different version to a different base, so two copies never share caches', () => {
    expect(buildPrecacheManifest(SITE, '/').version).not.toBe(buildPrecacheManifest(SITE, '/acr-lab').version);
  });

  const files = fc.uniqueArray(
    fc.record({ path: fc.stringMatching(/^[a-z]{1,8}(\/[a-z]{1,8}){0,2}\.(html|js|css)$/), bytes: fc.string() }),
    { selector: (f) => f.path, minLength: 1, maxLength: 12 },
  );

  it('does not depend on the order files are listed in', () => {
    fc.assert(
      fc.property(files, (list) => {
        expect(buildPrecacheManifest([...list].reverse(), '/x')).toEqual(buildPrecacheManifest(list, '/x'));
      }),
    );
  });

  it('changes version when any one file changes, and only that entry hash changes', () => {
    fc.assert(
      fc.property(files, fc.nat(), (list, pick) => {
        const i = pick % list.length;
        const changed = list.map((f, j) => (j === i ? { ...f, bytes: `${f.bytes}!` } : f));
        const before = buildPrecacheManifest(list, '/');
        const after = buildPrecacheManifest(changed, '/');
        expect(after.version).not.toBe(before.version);
        const differing = after.entries.filter((e, j) => e.hash !== before.entries[j].hash);
        expect(differing.map((e) => e.url)).toEqual([urlForFile(list[i].path, '/')]);
      }),
    );
  });

  it('puts every URL under the base', () => {
    fc.assert(
      fc.property(files, fc.stringMatching(/^(\/[a-z-]{1,10}){0,2}\/?$/), (list, base) => {
        const { entries } = buildPrecacheManifest(list, base);
        for (const e of entries) expect(e.url.startsWith(normalizeBase(base))).toBe(true);
      }),
    );
  });
});

describe('writePrecache', () => {
  async function site(sw: string | null) {
    const dir = await mkdtemp(join(tmpdir(), 'precache-'));
    await mkdir(join(dir, 'en'));
    await writeFile(join(dir, 'en/index.html'), '<h1>en</h1>');
    if (sw !== null) await writeFile(join(dir, 'sw.js'), sw);
    return dir;
  }

  it('writes the manifest into sw.js and sw-manifest.json', async () => {
    const dir = await site(`const MANIFEST = ${MANIFEST_PLACEHOLDER};`);
    const result = await writePrecache({ outDir: dir, base: '/acr-lab' });
    expect(result.ok).toBe(true);
    const json = JSON.parse(await readFile(join(dir, 'sw-manifest.json'), 'utf8'));
    expect(json.entries).toEqual([{ url: '/acr-lab/en/', hash: expect.stringMatching(/^[0-9a-f]{16}$/) }]);
    expect(await readFile(join(dir, 'sw.js'), 'utf8')).toBe(`const MANIFEST = ${JSON.stringify(json)};`);
    await rm(dir, { recursive: true });
  });

  it.each([
    { sw: null, error: /sw\.js is missing/ },
    { sw: 'const MANIFEST = null;', error: /placeholder/ },
  ])('refuses a build whose sw.js is $sw', async ({ sw, error }) => {
    const dir = await site(sw);
    const result = await writePrecache({ outDir: dir, base: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
    await rm(dir, { recursive: true });
  });
});
