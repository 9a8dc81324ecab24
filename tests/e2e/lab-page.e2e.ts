import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import type { Session } from './support/browser';
import { openLesson, readyTerminal, runLine, screenRows, setting, terminalInput, TEXT, type Lang } from './lab-support';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
/** Gzip size of a built script, as a server compressing it would send it. */
const gzipped = (url: string) => gzipSync(readFileSync(dist + new URL(url).pathname)).length;

describe('keyboard use of the lab', () => {
  it('reaches the terminal with Tab, shows a focus ring, and leaves it with Escape then Tab', async () => {
    session = await openLesson('en');
    const { page } = session;
    await readyTerminal(page, 'en');
    // From the lab's first control, Tab (only) walks through the lab's toolbar into the terminal.
    await page.getByRole('button', { name: TEXT.en.reset }).focus();
    const input = terminalInput(page, 'en');
    const focused = () => input.evaluate((el) => el === document.activeElement);
    for (let presses = 0; presses < 12 && !(await focused()); presses++) await page.keyboard.press('Tab');
    expect(await focused()).toBe(true);
    const ring = await page.locator('[data-lab-terminal]').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(ring).toBe('solid');
    // Tab alone completes (it stays in the terminal) ...
    await runLine(page, 'az acr show -n myregistry --query name -o tsv');
    await page.keyboard.press('Tab');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    // ... Escape then Tab moves on to the next control after the terminal, still in the lab.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const active = document.activeElement;
          const screen = document.querySelector('[data-lab-terminal]');
          const after = !!screen && !!active && (screen.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
          return after && active?.closest('[data-lab]') !== null && !screen.contains(active);
        }),
      )
      .toBe(true);
  });

  it('says how to leave the terminal next to it', async () => {
    session = await openLesson('ko');
    const hint = await session.page.locator('#lab-term-keys').textContent();
    expect(hint).toContain('Esc');
    expect(await terminalInput(session.page, 'ko').getAttribute('aria-describedby').catch(() => null)).toBe('lab-term-keys');
  });
});

describe.each<Lang>(['en', 'ko'])('the %s lesson page with the terminal open', (lang) => {
  it('has no serious or critical accessibility violations', async () => {
    session = await openLesson(lang);
    const { page } = session;
    await readyTerminal(page, lang);
    await runLine(page, 'az acr update -n myregistry --allow-trusted-services false');
    await page.locator('[data-lab-panel] details summary').click();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('a saved session the lab cannot read', () => {
  it.each([
    { name: 'corrupt text', value: '{"version":1,"world":' },
    { name: 'a session from a newer site', value: '{"version":99}' },
  ])('($name) is replaced by the start state with a visible notice and a working terminal', async ({ value }) => {
    const init = `localStorage.setItem('acr-lab:session:06-acr-tasks', ${JSON.stringify(value)})`;
    session = await openLesson('en', { init: `if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); ${init} }` });
    const { page } = session;
    await readyTerminal(page, 'en');
    const notice = page.getByRole('alert').filter({ hasText: /started fresh/ });
    await expect.poll(() => notice.isVisible()).toBe(true);
    await runLine(page, 'az acr show -n myregistry --query name -o tsv');
    await expect.poll(() => screenRows(page)).toContain('myregistry');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice.isVisible()).toBe(false);
  });
});

/** Opens lesson 6 on a narrow screen (lab below the prose), then starts the terminal from its placeholder. */
async function loadLazily() {
  session = await openLesson('en', { width: 700 });
  const { page } = session;
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.url());
  });
  await page.reload();
  await page.waitForLoadState('networkidle');
  const placeholder = (await page.locator('[data-lab-placeholder]').textContent()) ?? '';
  const xtermBefore = await page.locator('.xterm').count();
  // Unique URLs: a late response of the first navigation may be reported after the reload.
  const preload = [...new Set(scripts)];
  await page.getByRole('button', { name: 'Start the terminal' }).focus();
  await expect.poll(() => terminalInput(page, 'en').evaluate((el) => el === document.activeElement), { timeout: 30_000 }).toBe(true);
  await readyTerminal(page, 'en');
  const sum = (urls: string[]) => urls.reduce((total, url) => total + gzipped(url), 0);
  const list = (urls: string[]) => urls.map((url) => `${new URL(url).pathname} ${gzipped(url)}`).join(', ');
  const lazy = [...new Set(scripts)].filter((url) => !preload.includes(url));
  console.info(`lab JS gzip: ${sum(preload)} B before the terminal (${list(preload)}); ${sum(lazy)} B for it (${list(lazy)})`);
  return { page, placeholder, xtermBefore, before: sum(preload), lazy: sum(lazy) };
}

describe('lazy loading', () => {
  it('shows a placeholder prompt and ships at most 40 KB gzip of JavaScript until the terminal starts', async () => {
    const { page, placeholder, xtermBefore, before } = await loadLazily();
    expect(placeholder).toContain('$');
    expect(xtermBefore).toBe(0);
    expect(before).toBeLessThanOrEqual(40 * 1024);
    expect(await setting(page, 'publicAccess').textContent()).toBe('on');
  });

  // The terminal's byte budget is gated once, in budgets.e2e.ts, on the terminal chunk's import graph.
});

describe('the lab column fits common screens', () => {
  /** Top and bottom of an element on screen. */
  const edges = (page: Session['page'], selector: string) =>
    page.locator(selector).first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, width: r.width };
    });

  it.each([
    [1280, 720],
    [1280, 800],
    [390, 844],
  ])('at %i×%i the prompt row is whole and the matrix can be scrolled into view', async (width, height) => {
    session = await openLesson('en', { width });
    const { page } = session;
    await page.setViewportSize({ width, height });
    await page.locator('[data-lab]').scrollIntoViewIfNeeded();
    await readyTerminal(page, 'en');
    for (let i = 0; i < 30; i++) await page.keyboard.press('Enter');
    // xterm's rows end inside the terminal box's padding edge, so the last row (the prompt) is not cut.
    const box = await page.locator('[data-lab-terminal]').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom - parseFloat(getComputedStyle(el).paddingBottom);
    });
    expect((await edges(page, '[data-lab-terminal] .xterm-screen')).bottom).toBeLessThanOrEqual(box + 0.5);
    // The matrix is reachable: scrolled into view, its last row is on screen.
    const lastRow = page.locator('.lab-matrix tbody tr').last();
    await lastRow.scrollIntoViewIfNeeded();
    const row = await edges(page, '.lab-matrix tbody tr:last-child');
    expect(row.top).toBeGreaterThanOrEqual(0);
    expect(row.bottom).toBeLessThanOrEqual(height);
  });

  it('at 1280×800 gives the steps and matrix at least 14rem of their own', async () => {
    session = await openLesson('en', { width: 1280 });
    await session.page.setViewportSize({ width: 1280, height: 800 });
    const area = await edges(session.page, '.lab__scroll');
    expect(area.bottom - area.top).toBeGreaterThanOrEqual(14 * 16);
  });

  it.each([390, 1280])('at %ipx wide the network settings values keep a readable column', async (width) => {
    session = await openLesson('en', { width });
    const { page } = session;
    await page.locator('[data-lab]').scrollIntoViewIfNeeded();
    await readyTerminal(page, 'en');
    const list = await edges(page, '.lab-settings');
    const values = await page.locator('.lab-settings dd').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
    expect(values.length).toBeGreaterThan(3);
    for (const w of values) expect(w).toBeGreaterThanOrEqual(list.width * 0.4);
  });
});

describe('the step checklist', () => {
  it("runs a step's solution from its Run button and checks the step off", async () => {
    session = await openLesson('en');
    const { page } = session;
    await readyTerminal(page, 'en');
    expect(await page.locator('[data-lab-progress]').textContent()).toBe('0 / 7');
    const first = page.locator('[data-lab-steps] li[data-step="create-task"]');
    await first.getByText('Show solution').click();
    await first.getByRole('button', { name: /^Run in the terminal: az acr task create/ }).click();
    await expect.poll(() => page.locator('[data-lab-progress]').textContent(), { timeout: 20_000 }).toBe('1 / 7');
    expect(await first.textContent()).toContain('(Done)');
  });
});
