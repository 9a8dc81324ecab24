import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './support/browser';
import { seriousViolations } from './support/axe';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe.each([
  { lang: 'en', heading: /About this lab/i },
  { lang: 'ko', heading: /실습 소개|이 실습/ },
])('the $lang About page', ({ lang, heading }) => {
  it('renders with one h1, the right lang, no errors and no request off the origin', async () => {
    session = await openSession();
    const { page, baseUrl } = session;
    const response = await page.goto(`${baseUrl}/${lang}/`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toMatch(heading);
    await page.waitForLoadState('networkidle');
    expect(session.errors).toEqual([]);
    expect(session.external).toEqual([]);
  });

  it('has no serious or critical accessibility violations', async () => {
    session = await openSession();
    await session.page.goto(`${session.baseUrl}/${lang}/`);
    expect(await seriousViolations(session.page)).toEqual([]);
  });
});

describe('the site root', () => {
  it.each([
    { locale: 'ko-KR', expected: '/ko/' },
    { locale: 'en-GB', expected: '/en/' },
    { locale: 'fr-FR', expected: '/en/' },
  ])('sends a $locale browser to $expected', async ({ locale, expected }) => {
    session = await openSession({ locale });
    await session.page.goto(`${session.baseUrl}/`);
    await session.page.waitForURL(`**${expected}`);
    expect(new URL(session.page.url()).pathname).toBe(expected);
  });

  it('offers plain links to both languages without JavaScript', async () => {
    session = await openSession({ javaScriptEnabled: false });
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: '한국어' }).click();
    await page.waitForURL('**/ko/');
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
  });
});

describe('the language switcher', () => {
  it('keeps the learner on the same page', async () => {
    session = await openSession();
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/en/lessons/01-why-exceptions/`);
    await page.getByRole('combobox', { name: /select language/i }).first().selectOption({ label: '한국어' });
    await page.waitForURL('**/ko/lessons/01-why-exceptions/');
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
  });
});

describe('the sidebar', () => {
  it.each(['en', 'ko'])('lists the nine lessons in order in %s', async (lang) => {
    session = await openSession();
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/${lang}/`);
    const hrefs = await page.locator('nav[aria-label] a[href*="/lessons/"]').evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs.filter((h) => h.startsWith(`/${lang}/lessons/`)).map((h) => h.split('/')[3])).toEqual([
      '01-why-exceptions', '02-trusted-services', '03-cli-toggle', '04-portal', '05-workflow',
      '06-acr-tasks', '07-what-changed', '08-next-steps', '09-sandbox',
    ]);
  });
});

describe('a missing page', () => {
  it.each([
    { lang: 'en', link: /Go to the lab.s home page/ },
    { lang: 'ko', link: '실습 첫 페이지로 가서' },
  ])('answers 404 in both languages, and its $lang link leads home', async ({ lang, link }) => {
    session = await openSession();
    const { page, baseUrl } = session;
    const response = await page.goto(`${baseUrl}/${lang}/lessons/no-such-lesson/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('section[lang="en"] h2').textContent()).toBe('Page not found');
    expect(await page.locator('section[lang="ko"] h2').textContent()).toBe('페이지를 찾을 수 없습니다');
    await page.getByRole('link', { name: link }).click();
    await page.waitForURL(`**/${lang}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    // The one console error expected is Chromium's note on the 404 response itself.
    expect(session.errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });
});

describe('Korean line breaking', () => {
  /**
   * Narrows the sidebar link holding `word` so that its line must end inside the word (60% of
   * the way through, measured with whatever font the machine has), then counts the lines the
   * link and the word span. Breaking between words moves the whole word down: { link: 2, word: 1 }.
   */
  const squeeze = (page: Page, word: string) =>
    page.locator('#starlight__sidebar a', { hasText: word }).evaluate((link, w) => {
      const lines = (r: Range) => new Set([...r.getClientRects()].map((rect) => Math.round(rect.bottom))).size;
      const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !node.textContent!.includes(w)) node = walker.nextNode();
      const text = document.createRange();
      text.selectNodeContents(node!);
      const inner = document.createRange();
      const at = node!.textContent!.indexOf(w);
      inner.setStart(node!, at);
      inner.setEnd(node!, at + w.length);
      const style = getComputedStyle(link);
      const frame = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'].reduce((sum, k) => sum + parseFloat(style[k as 'paddingLeft']), 0);
      link.style.boxSizing = 'border-box';
      link.style.width = 'max-content';
      const start = text.getClientRects()[0].left;
      const box = inner.getBoundingClientRect();
      link.style.width = `${box.left - start + box.width * 0.6 + frame}px`;
      return { link: lines(text), word: lines(inner) };
    }, word);

  it('wraps between words, never inside one', async () => {
    session = await openSession();
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/ko/lessons/06-acr-tasks/`);
    expect(await squeeze(page, '엔드포인트')).toEqual({ link: 2, word: 1 });
    expect(await squeeze(page, '워크플로')).toEqual({ link: 2, word: 1 });
  });

  it("keeps the lab's Reset label on one line however narrow the lab gets", async () => {
    session = await openSession();
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/ko/lessons/06-acr-tasks/`);
    await page.locator('.lab__bar').evaluate((bar) => ((bar as HTMLElement).style.width = '12rem'));
    const reset = page.locator('[data-lab-reset]');
    const lineHeight = await reset.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect((await reset.boundingBox())!.height).toBeLessThan(lineHeight * 2);
  });
});
