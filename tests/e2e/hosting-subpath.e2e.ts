import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIsStale, writeStamp } from '../../src/server/build-state.mjs';
import { build } from '../../src/server/build.mjs';
import { builtPages, isLessonPage, root, serve, waitForOfflineReady, watchedBrowser, type OwnServer, type Watched } from './support/hosting';

const BASE = '/acr-lab';
// Outside dist/, so this build never replaces the one the other browser tests serve.
const outDir = join(tmpdir(), 'acr-lab-e2e-subpath');

let server: OwnServer;
let watched: Watched | undefined;
beforeAll(async () => {
  if (await buildIsStale(root, BASE, outDir)) {
    if (build({ outDir, basePath: BASE }) !== 0) throw new Error(`BASE_PATH=${BASE} build failed; see the output above.`);
    await writeStamp(root, BASE, outDir);
  }
  server = await serve(outDir, `${BASE}/`);
}, 300_000);
afterAll(() => server?.stop());
afterEach(async () => {
  await watched?.close();
  watched = undefined;
});

describe(`the site built with BASE_PATH=${BASE}`, () => {
  it.each([
    { locale: 'ko-KR', expected: `${BASE}/ko/` },
    { locale: 'en-US', expected: `${BASE}/en/` },
  ])('sends a $locale browser from the root to $expected', async ({ locale, expected }) => {
    watched = await watchedBrowser({ origin: server.url, locale });
    await watched.page.goto(`${server.url}${BASE}/`);
    await watched.page.waitForURL(`**${expected}`);
    expect(new URL(watched.page.url()).pathname).toBe(expected);
  });

  it('serves every page, asset and link under the base, with nothing outside it requested', async () => {
    watched = await watchedBrowser({ origin: server.url });
    const { page } = watched;
    const requested = new Map<string, number>();
    page.on('response', (r) => requested.set(new URL(r.url()).pathname, r.status()));
    const links = new Set<string>();
    for (const path of await builtPages(outDir, `${BASE}/`)) {
      expect((await page.goto(`${server.url}${path}?stay`))?.ok(), path).toBe(true);
      await page.waitForLoadState('networkidle');
      const hrefs = await page.$$eval('a[href], link[href], script[src]', (els) =>
        els.map((el) => new URL(el.getAttribute('href') ?? el.getAttribute('src') ?? '', location.href).href),
      );
      for (const href of hrefs) if (href.startsWith(server.url)) links.add(new URL(href).pathname);
      if (isLessonPage(path)) expect(await page.evaluate(() => self.crossOriginIsolated), path).toBe(true);
    }
    const outside = [...requested.keys(), ...links].filter((p) => !p.startsWith(`${BASE}/`));
    expect(outside).toEqual([]);
    expect([...requested].filter(([, status]) => status >= 400)).toEqual([]);
    for (const link of links) expect((await fetch(`${server.url}${link}`)).status, link).toBe(200);
    expect(watched.violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
   }, 240_000);

  it('writes _headers rules and a precache manifest for the base only', async () => {
    const headers = await readFile(join(outDir, '_headers'), 'utf8');
    expect(headers).toMatch(new RegExp(`^${BASE}/:lang/lessons/\\*$`, 'm'));
    expect(headers).not.toMatch(/^\/\*$/m);
    const manifest = JSON.parse(await readFile(join(outDir, 'sw-manifest.json'), 'utf8'));
    expect(manifest.base).toBe(`${BASE}/`);
    expect(manifest.entries.every((e: { url: string }) => e.url.startsWith(`${BASE}/`))).toBe(true);
    expect((await fetch(`${server.url}/en/`)).status).toBe(404);
  });

  it('registers the service worker for the base and works offline there', async () => {
    watched = await watchedBrowser({ origin: server.url });
    const { page } = watched;
    await page.goto(`${server.url}${BASE}/en/`);
    expect(await waitForOfflineReady(page)).toBe(`${server.url}${BASE}/`);
    expect(await page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(new RegExp(`^acr-lab-precache:${BASE}/:`))]);
    await server.stop();
    const response = await page.goto(`${server.url}${BASE}/ko/lessons/03-cli-toggle/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    server = await serve(outDir, `${BASE}/`);
  });
});
