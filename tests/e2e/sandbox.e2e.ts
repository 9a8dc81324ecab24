/**
 * The optional Node sandbox in a real Chromium, on the built site. Without cross-origin
 * isolation the switch stays off and says why. On an isolated lesson page with every request
 * outside the site blocked (as offline, or with StackBlitz unreachable) a start fails within its
 * time-out and the learner is back in the simulator with the session intact.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LESSON, readyTerminal, runLine, screenText, setting, terminalInput, type Lang } from './lab-support';
import { useOwnServer, watchedBrowser, type Watched } from './support/hosting';

const server = useOwnServer();

let session: Watched | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Lesson 6 on a wide screen, every request outside the test server blocked and recorded. */
async function openLesson(lang: Lang): Promise<Watched> {
  const watched = await watchedBrowser({ origin: server.url, locale: lang === 'ko' ? 'ko-KR' : 'en-US' });
  await watched.page.setViewportSize({ width: 1400, height: 900 });
  await watched.page.goto(`${server.url}/${lang}/lessons/${LESSON}/`);
  return watched;
}

const LABEL: Record<Lang, string> = { en: 'Node sandbox', ko: 'Node 샌드박스' };
const NOT_ISOLATED: Record<Lang, RegExp> = { en: /not cross-origin isolated/, ko: /교차 출처 격리/ };
const TIMED_OUT: Record<Lang, RegExp> = { en: /did not start within 6 seconds.*back in the simulator/, ko: /6초 안에 시작되지 않았습니다.*시뮬레이터로 돌아왔/ };

const sandboxSwitch = (page: Page, lang: Lang) => page.getByRole('switch', { name: LABEL[lang] });

/** The sentence the switch is described by (aria-describedby), as assistive technology reads it. */
async function description(page: Page, lang: Lang): Promise<string> {
  const id = await sandboxSwitch(page, lang).getAttribute('aria-describedby');
  return (await page.locator(`#${id}`).textContent()) ?? '';
}

describe.each<Lang>(['en', 'ko'])('the Node sandbox switch (%s)', (lang) => {
  it('is disabled, with its explanation, on a page served without COOP/COEP', async () => {
    session = await openLesson(lang);
    const { page } = session;
    // Serve the lesson document again without its isolation headers, as a host that drops them would.
    await page.route('**/lessons/**', async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      const headers = Object.fromEntries(
        Object.entries(response.headers()).filter(([name]) => !/^cross-origin-(opener|embedder)-policy$/i.test(name)),
      );
      return route.fulfill({ response, headers });
    });
    await page.reload();
    await readyTerminal(page, lang);
    expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(false);
    await expect.poll(() => description(page, lang), { timeout: 10_000 }).toMatch(NOT_ISOLATED[lang]);
    expect(await sandboxSwitch(page, lang).isDisabled()).toBe(true);
    expect(await sandboxSwitch(page, lang).getAttribute('aria-checked')).toBe('false');
    // The simulator is untouched, and nothing was loaded from StackBlitz.
    await runLine(page, 'az acr show -n myregistry --query name -o tsv');
    // xterm refreshes its screen-reader rows a frame later than the announcement: wait for them.
    await expect.poll(() => screenText(page)).toMatch(/^myregistry$/m);
    expect(session.external).toEqual([]);
  }, 120_000);
});

describe('a sandbox start without network', () => {
  it('fails within the time-out and leaves the learner in the simulator with the session intact', async () => {
    session = await openLesson('en');
    const { page } = session;
    await readyTerminal(page, 'en');
    expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
    await runLine(page, 'az acr update -n myregistry --default-action Deny -o none');
    await expect.poll(() => setting(page, 'defaultAction').textContent()).toBe('Deny');

    const toggle = sandboxSwitch(page, 'en');
    await expect.poll(() => toggle.isEnabled(), { timeout: 10_000 }).toBe(true);
    // A short deadline keeps the test quick; the default is 45 seconds.
    await page.locator('[data-sandbox]').evaluate((el: HTMLElement) => (el.dataset.sandboxTimeoutMs = '6000'));
    const started = Date.now();
    await toggle.click();
    await expect.poll(() => page.locator('[data-sandbox-status]').textContent()).toMatch(/connecting to StackBlitz/);
    expect(await toggle.getAttribute('aria-busy')).toBe('true');

    const alert = page.getByRole('alert').filter({ hasText: 'Node sandbox' });
    await alert.waitFor({ state: 'visible', timeout: 15_000 });
    expect(Date.now() - started).toBeLessThan(6_000 + 5_000);
    expect(await alert.textContent()).toMatch(TIMED_OUT.en);
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    // The only request that tried to leave the site was StackBlitz's frame, and it was blocked.
    expect(session.external.length).toBeGreaterThan(0);
    expect(session.external.every((url) => url.startsWith('https://stackblitz.com/'))).toBe(true);

    // Same terminal, same session: the world from before, and commands still run.
    await terminalInput(page, 'en').focus();
    await runLine(page, 'az acr show -n myregistry --query networkRuleSet.defaultAction -o tsv');
    await expect.poll(() => screenText(page)).toMatch(/^Deny$/m);
    await runLine(page, 'az acr update -n myregistry --allow-trusted-services false -o none');
    await expect.poll(() => setting(page, 'trustedServices').textContent()).toBe('off');
    // The site's CSP let the frame through (frame-src); only the blocked network stopped it.
    expect(session.violations).toEqual([]);
    expect(session.errors.filter((e) => !/stackblitz|ERR_FAILED|net::/i.test(e))).toEqual([]);
  }, 120_000);
});
