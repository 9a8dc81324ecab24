/**
 * axe-core (WCAG 2.2 AA tags) over every built page, in both languages and both colour schemes:
 * zero serious or critical violations. Lesson pages are checked with the terminal mounted and
 * the lab's disclosure widgets open, since that is what a learner sees; a few more open states
 * (search dialog, mobile menu, Reset dialog) follow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeSerious, launch, waitForLab, type A11yBrowser, type Finding } from './a11y-support';
import { builtPages, distDir, isLessonPage, useOwnServer } from './support/hosting';

const server = useOwnServer();
let a11y: A11yBrowser;
beforeAll(async () => {
  a11y = await launch(server.url);
});
afterAll(async () => {
  await a11y?.close();
});

const report = (findings: Finding[]) => findings.map((f) => `${f.impact} ${f.id}: ${f.help} @ ${f.targets.join(' | ')}`);

/** Loads `path`; on a lesson page waits for the terminal and opens the lab's <details>. */
async function visit(page: Page, path: string): Promise<void> {
  // `?stay` keeps the root language chooser from redirecting.
  const response = await page.goto(`${server.url}${path}${path === '/' ? '?stay' : ''}`);
  expect(response?.ok(), path).toBe(true);
  await page.waitForLoadState('networkidle');
  if (isLessonPage(path)) {
    await waitForLab(page);
    await page.getByRole('textbox').first().waitFor({ state: 'attached' });
    // Hints, solutions and "All reasons" open, as a learner opens them (some sit in a scrolled list).
    await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('[data-lab] details').forEach((d) => (d.open = true)));
  }
}

/** Built pages, listed when the file is collected (global setup has just built dist/). */
const pages = await builtPages(distDir);

describe('axe over every built page (WCAG 2.2 AA, serious + critical)', () => {
  it('covers both languages', () => {
    expect(pages.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(5);
    expect(pages.filter((p) => p.startsWith('/ko/')).length).toBe(pages.filter((p) => p.startsWith('/en/')).length);
  });

  it.each(pages)('%s', async (path) => {
    const problems: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page } = await a11y.open({ colorScheme });
      try {
        await visit(page, path);
        problems.push(...report(await axeSerious(page)).map((p) => `[${colorScheme}] ${p}`));
      } finally {
        await context.close();
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('open states', () => {
  it.each([
    { what: 'the search dialog (en)', path: '/en/', open: (p: Page) => p.locator('button[data-open-modal]').first().click() },
    { what: 'the search dialog (ko)', path: '/ko/lessons/02-trusted-services/', open: (p: Page) => p.locator('button[data-open-modal]').first().click() },
    { what: 'the Reset dialog of a lab (ko)', path: '/ko/lessons/06-acr-tasks/', open: (p: Page) => p.locator('[data-lab-reset]').click() },
    { what: 'the portal blade of lesson 4 (en)', path: '/en/lessons/04-portal/', open: async () => undefined },
  ])('$what', async ({ path, open }) => {
    const { context, page } = await a11y.open();
    try {
      await visit(page, path);
      await open(page);
      await page.waitForTimeout(300);
      expect(report(await axeSerious(page))).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it.each(['/en/lessons/03-cli-toggle/', '/ko/lessons/03-cli-toggle/'])('%s on a phone with the menu open', async (path) => {
    const { context, page } = await a11y.open({ width: 390, height: 844 });
    try {
      await page.goto(`${server.url}${path}`);
      await page.locator('starlight-menu-button button').click();
      expect(report(await axeSerious(page))).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
