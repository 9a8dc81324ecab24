import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writePrecache } from '../../src/server/precache-manifest.mjs';
import { seriousViolations } from './support/axe';
import { builtPages, isLessonPage, root, serve, snapshotDist, waitForOfflineReady, watchedBrowser, type OwnServer, type Watched } from './support/hosting';

// Each test gets its own copy of the build and its own server, so stopping the server or
// "deploying" a new build never disturbs the shared test server.
let snapshot: Awaited<ReturnType<typeof snapshotDist>>;
let site: string;
let server: OwnServer | undefined;
let watched: Watched | undefined;
beforeEach(async () => {
  snapshot = await snapshotDist();
  site = snapshot.dir;
  server = await serve(site);
}, 200_000);
afterEach(async () => {
  await watched?.close();
  await server?.stop();
  await snapshot.remove();
  watched = undefined;
  server = undefined;
});

describe('offline use through the service worker', () => {
  it('after one visit, every page loads with the server stopped', async () => {
    const url = server!.url;
    watched = await watchedBrowser({ origin: url });
    const { page } = watched;
    await page.goto(`${url}/en/`);
    expect(await waitForOfflineReady(page)).toBe(`${url}/`);
    await server!.stop();
    server = undefined;
    for (const path of await builtPages(site)) {
      const response = await page.goto(`${url}${path}?stay`);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('h1').first().textContent(), path).toBeTruthy();
      if (isLessonPage(path)) expect(await page.evaluate(() => self.crossOriginIsolated), path).toBe(true);
    }
    // An address the build never had falls back to the cached "not found" page.
    expect((await page.goto(`${url}/en/no-such-page/`))?.status()).toBe(404);
    expect(watched.violations).toEqual([]);
    expect(watched.external).toEqual([]);
  }, 180_000);

  it('offers an accessible reload when a new build is deployed, and reloading switches to it', async () => {
    const url = server!.url;
    watched = await watchedBrowser({ origin: url, locale: 'ko-KR' });
    const { page } = watched;
    await page.goto(`${url}/ko/`);
    await waitForOfflineReady(page);

    // "Deploy" a new build: a changed page, a fresh sw.js from the template, a new manifest.
    const home = join(site, 'ko/index.html');
    await writeFile(home, (await readFile(home, 'utf8')).replace('</main>', '<p id="new-build">new build</p></main>'));
    await cp(join(root, 'public/sw.js'), join(site, 'sw.js'));
    const deployed = await writePrecache({ outDir: site, base: '/' });
    expect(deployed.ok).toBe(true);

    await page.reload();
    const prompt = page.getByRole('status', { name: '사이트 업데이트 알림' });
    await expect.poll(() => prompt.textContent(), { timeout: 20_000 }).toContain('새 버전으로 업데이트되었습니다');
    expect(await seriousViolations(page)).toEqual([]);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '새로고침' }).click()]);
    expect(await prompt.count()).toBe(0);
    // The new worker took over and dropped the old version's cache.
    const version = deployed.ok ? deployed.manifest.version : '';
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`acr-lab-precache:/:${version}`]);

    // The new version is the one kept for offline use.
    await server!.stop();
    server = undefined;
    await page.goto(`${url}/ko/`);
    expect(await page.locator('#new-build').count()).toBe(1);
    expect(watched.violations).toEqual([]);
  }, 120_000);
});
