/**
 * A keyboard-only walk through lesson 6, in both languages, the way a learner without a mouse
 * works: skip link, a code block's Run button, into the terminal, out again with the documented
 * Escape-then-Tab, the outcome matrix (a cell's reason as a dismissible tooltip) and its
 * "All reasons" disclosure. Every stop must show a focus ring and not be hidden behind anything
 * (WCAG 2.4.7, 2.4.11).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { focusFacts, launch, waitForLab, type A11yBrowser, type FocusFacts } from './a11y-support';

const TEXT = {
  en: { skip: 'Skip to content', run: 'Run this command in the terminal', input: 'Terminal input', reasons: 'All reasons', leaveKey: 'Escape' },
  ko: { skip: '콘텐츠로 이동', run: '이 명령을 터미널에서 실행', input: '터미널 입력', reasons: '이유 모두 보기', leaveKey: 'Esc' },
} as const;
type Lang = keyof typeof TEXT;

let a11y: A11yBrowser;
let context: BrowserContext | undefined;
beforeAll(async () => {
  a11y = await launch();
});
afterAll(() => a11y?.close());
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** What the terminal shows, read from xterm's screen-reader rows. */
const screenText = async (page: Page) =>
  (await page.locator('[data-lab-terminal] .xterm-accessibility-tree [role="listitem"]').allTextContents()).map((r) => r.replace(/\u00a0/g, ' ')).join('\n');

/** Presses Tab (or Shift+Tab) until `done` holds, checking the ring and visibility of every stop. */
async function tabUntil(page: Page, done: (f: FocusFacts) => Promise<boolean> | boolean, stops: string[], max = 80, key = 'Tab'): Promise<FocusFacts> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const facts = await focusFacts(page);
    if (!facts.ringVisible) stops.push(`no focus ring: ${facts.label}`);
    if (!facts.unobscured) stops.push(`hidden or covered: ${facts.label}`);
    if (await done(facts)) return facts;
  }
  throw new Error(`${key} ${max} times did not reach the target; stops with problems: ${stops.join('; ')}`);
}

const activeIs = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

describe.each<Lang>(['en', 'ko'])('lesson 6 by keyboard only (%s)', (lang) => {
  it('skip link, Run button, terminal in and out, matrix tooltip and reasons', async () => {
    ({ context } = await a11y.open({ locale: lang === 'ko' ? 'ko-KR' : 'en-US' }));
    const page = await context.newPage();
    const t = TEXT[lang];
    const problems: string[] = [];
    await page.goto(`${a11y.baseUrl}/${lang}/lessons/06-acr-tasks/`);
    await waitForLab(page);

    // 1. The first Tab reaches a visible skip link; following it puts the next Tab inside <main>.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(t.skip);
    expect((await focusFacts(page)).unobscured).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect((await focusFacts(page)).inMain).toBe(true);

    // 2. A code block's Run button types and runs its command in the terminal.
    await tabUntil(page, () => activeIs(page, `button[aria-label="${t.run}"]`), problems);
    await page.keyboard.press('Enter');
    await expect.poll(() => screenText(page), { timeout: 20_000 }).toMatch(/"sku": "Premium"/);

    // 3. Tab reaches the terminal; typed commands run; Tab alone stays (it completes).
    await tabUntil(page, () => activeIs(page, `[data-lab-terminal] textarea[aria-label="${t.input}"]`), problems);
    await page.keyboard.type('az acr show -n myregistry --query loginServer -o tsv');
    await page.keyboard.press('Enter');
    await expect.poll(() => screenText(page)).toMatch(/^myregistry\.azurecr\.io$/m);
    await page.keyboard.press('Tab');
    expect(await activeIs(page, '[data-lab-terminal] textarea')).toBe(true);

    // 4. The documented way out: the hint names the key, Escape then Tab leaves the terminal.
    expect(await page.locator('#lab-term-keys').textContent()).toContain(t.leaveKey);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const out = await focusFacts(page);
    expect(await activeIs(page, '[data-lab-terminal] textarea')).toBe(false);
    expect(out.inLab).toBe(true);

    // 5. A matrix cell shows its reason while focused; Escape dismisses it (WCAG 1.4.13).
    await tabUntil(page, () => activeIs(page, '[data-lab-panel] button.lab-cell'), problems);
    const tip = page.locator(`#${await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))}`);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect((await tip.textContent())?.length).toBeGreaterThan(10);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
    // Soft: the rest of the walk still runs (and reports) when this one fails.
    expect.soft(await tip.isVisible(), 'Escape hides the focused cell\'s tooltip').toBe(false);

    // 6. The "All reasons" disclosure opens and closes with Enter and shows the reasons list.
    await tabUntil(page, () => activeIs(page, '[data-lab-panel] details > summary'), problems);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(t.reasons);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-lab-panel] details .lab-reasons').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-lab-panel] details .lab-reasons').isVisible()).toBe(false);

    // 7. No trap: Shift+Tab walks back into the matrix.
    await tabUntil(page, () => activeIs(page, '[data-lab-panel] button.lab-cell'), problems, 10, 'Shift+Tab');
    expect(problems).toEqual([]);
  }, 120_000);
});
