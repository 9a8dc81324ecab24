import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { headersForPath, parseHeadersFile } from '../../src/server/headers-rules.mjs';
import { builtPages, isLessonPage, serve, useOwnServer, watchedBrowser, type OwnServer, type Watched } from './support/hosting';

const site = useOwnServer();

let watched: Watched | undefined;
afterEach(async () => {
  await watched?.close();
  watched = undefined;
});

/** Opens Starlight's search dialog and types a query; returns the number of results shown. */
async function search(page: Page, query: string): Promise<number> {
  await page.locator('button[data-open-modal]').first().click();
  const input = page.locator('#starlight__search input');
  await input.fill(query);
  const results = page.locator('.pagefind-ui__result');
  await results.first().waitFor({ timeout: 15_000 }).catch(() => undefined);
  return results.count();
}

describe('every built page under the CSP, in both languages', () => {
  const inGroup = (group: string) => (path: string) => (group === 'other' ? !/^\/(en|ko)\//.test(path) : path.startsWith(`/${group}/`));

  it.each(['en', 'ko', 'other'])('%s pages load with no CSP violation, no console error and no request off the origin', async (group) => {
    const baseUrl = site.url;
    watched = await watchedBrowser({ origin: baseUrl });
    const { page } = watched;
    const pages = (await builtPages(site.dir)).filter(inGroup(group));
    expect(pages.length).toBeGreaterThanOrEqual(group === 'other' ? 2 : 10);
    for (const path of pages) {
      // `?stay` keeps the root chooser from redirecting, so its own inline script is what runs.
      const response = await page.goto(`${baseUrl}${path}${path === '/' ? '?stay' : ''}`);
      expect(response?.ok(), path).toBe(true);
      // Scrolling to the end wakes lazily loaded parts (the lab terminal starts when it comes into view).
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      if (isLessonPage(path)) expect(await page.evaluate(() => self.crossOriginIsolated), path).toBe(true);
    }
    expect(watched.violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
  }, 240_000);

  it.each([
    { path: '/en/', query: 'trusted' },
    { path: '/ko/lessons/02-trusted-services/', query: '레지스트리' },
  ])('search finds pages from $path without a CSP violation', async ({ path, query }) => {
    const baseUrl = site.url;
    watched = await watchedBrowser({ origin: baseUrl });
    await watched.page.goto(`${baseUrl}${path}`);
    expect(await search(watched.page, query)).toBeGreaterThan(0);
    expect(watched.violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    // Lesson pages are cross-origin isolated: Pagefind's worker must still start there.
    expect(watched.warnings.filter((w) => /Pagefind/.test(w))).toEqual([]);
  });
});

describe("'wasm-unsafe-eval' in the policy", () => {
  let strict: OwnServer;
  beforeAll(async () => {
    const parsed = parseHeadersFile(readFileSync(join(site.dir, '_headers'), 'utf8'));
    if (!parsed.ok) throw new Error('dist/_headers does not parse');
    const rules = parsed.rules;
    // The same headers, minus the WebAssembly allowance.
    strict = await serve(site.dir, '/', (path) => {
      const csp = headersForPath(rules, path)['Content-Security-Policy'] ?? '';
      return { 'Content-Security-Policy': csp.replace(" 'wasm-unsafe-eval'", '') };
    });
  });
  afterAll(() => strict.stop());

  it('is needed: without it the browser blocks Pagefind and search finds nothing', async () => {
    watched = await watchedBrowser({ origin: strict.url });
    await watched.page.goto(`${strict.url}/en/`);
    expect(await search(watched.page, 'trusted')).toBe(0);
    expect(watched.errors.join('\n')).toMatch(/WebAssembly[\s\S]*Content Security Policy/);
  });
});
