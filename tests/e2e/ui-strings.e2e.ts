/**
 * UI text that comes from Starlight's dependencies rather than from our pages: the Pagefind search
 * dialog and Expressive Code's copy button. Both read their strings from src/content/i18n/, and
 * both fell back to English on /ko/ pages before that existed.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './support/browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/**
 * Opens the search dialog, types `query` and returns the result message once Pagefind has
 * answered (on a busy machine "Searching for …" can stay up for seconds while its index loads).
 */
async function search(page: Page, query: string) {
  await page.locator('button[data-open-modal]').first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(query);
  const message = dialog.locator('.pagefind-ui__message');
  await expect.poll(() => message.textContent(), { timeout: 20_000 }).not.toMatch(/^$|Searching for|검색 중/);
  return { dialog, message: (await message.textContent()) ?? '' };
}

describe.each([
  {
    lang: 'ko',
    query: '신뢰',
    label: '이 사이트 검색',
    count: /^‘신뢰’ 검색 결과 \d+개$/,
    clear: '지우기',
    more: '결과 더 보기',
    // Pagefind splits Hangul into short segments, so the no-match word uses syllables no page has.
    nothing: { query: '뷁뷁', message: '‘뷁뷁’ 검색 결과가 없습니다' },
    english: /results? for|Clear|Load more|Search this site|No results/,
  },
  {
    lang: 'en',
    query: 'trusted',
    label: 'Search this site',
    count: /^\d+ results for trusted$/,
    clear: 'Clear',
    more: 'Load more results',
    nothing: { query: 'zzqxv', message: 'No results for zzqxv' },
    english: undefined,
  },
])('the $lang search dialog', ({ lang, query, label, count, clear, more, nothing, english }) => {
  it('labels the form, the result count, Clear and Load more in the page language', async () => {
    session = await openSession();
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/${lang}/`);
    const { dialog, message } = await search(page, query);
    expect(message).toMatch(count);
    expect(await dialog.getByRole('search', { name: label }).count()).toBe(1);
    expect(await dialog.getByRole('button', { name: clear, exact: true }).isVisible()).toBe(true);
    expect(await dialog.getByRole('button', { name: more, exact: true }).isVisible()).toBe(true);
    if (english) {
      const ui = await dialog.locator('form').evaluate((form) => {
        // The dialog's own text and labels, without the search results (page text may quote English).
        const copy = form.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.pagefind-ui__results').forEach((r) => r.remove());
        return [copy.textContent, copy.getAttribute('aria-label')].join(' ');
      });
      expect(ui).not.toMatch(english);
    }
  });

  it('says so in the page language when nothing matches', async () => {
    session = await openSession();
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/${lang}/`);
    expect((await search(page, nothing.query)).message).toBe(nothing.message);
  });
});

describe.each([
  { lang: 'ko', tooltip: '클립보드에 복사', copied: '복사했습니다' },
  { lang: 'en', tooltip: 'Copy to clipboard', copied: 'Copied!' },
])('the $lang code-block copy button', ({ lang, tooltip, copied }) => {
  it('is named and confirms the copy in the page language', async () => {
    session = await openSession();
    const { page, context, baseUrl } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.goto(`${baseUrl}/${lang}/lessons/03-cli-toggle/`);
    const block = page.locator('.expressive-code', { has: page.locator('pre[data-language="text"]') }).first();
    const button = block.getByRole('button', { name: tooltip, exact: true });
    expect(await button.getAttribute('title')).toBe(tooltip);
    await button.click();
    await expect.poll(() => block.locator('[aria-live] .feedback').textContent()).toBe(copied);
    // Every copy button on the page, not just this one.
    const titles = await page.locator('.expressive-code .copy button').evaluateAll((bs) => bs.map((b) => b.getAttribute('title')));
    expect(titles.length).toBeGreaterThan(0);
    expect(new Set(titles)).toEqual(new Set([tooltip]));
  });
});
