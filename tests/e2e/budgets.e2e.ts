/**
 * Byte budgets of the built site (the only performance numbers that gate CI; timings are
 * reported by `npm run bench`). Every lesson page in both languages: the JavaScript it loads
 * before the terminal starts, and the lazily loaded terminal chunk graph (xterm plus our code).
 * A failure prints each file's gzip size, so the message says what to shrink. The static count
 * misses scripts that a page imports on its own later (Starlight loads Pagefind's UI when idle),
 * so Chromium also loads each lesson page, untouched, and counts the JavaScript it fetched.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BYTE_BUDGETS, KB } from '../bench/budgets';
import { gzipSize, lessonBytes } from '../bench/chunk-graph';
import { launch, type A11yBrowser } from './a11y-support';
import { distDir, useOwnServer } from './support/hosting';

const site = useOwnServer();
let browser: A11yBrowser;
beforeAll(async () => {
  browser = await launch(site.url);
});
afterAll(async () => {
  await browser?.close();
});

/** Listed from dist/ when the file is collected (global setup has just built it). */
const lessonPages = ['en', 'ko'].flatMap((lang) =>
  readdirSync(join(distDir, lang, 'lessons'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `${lang}/lessons/${d.name}/index.html`),
);

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const breakdown = (files: string[], extra = 0) =>
  [...files.map((f) => `${f}: ${kb(gzipSize(site.dir, f))}`), ...(extra ? [`inline scripts: ${kb(extra)}`] : [])].join(', ');

describe('byte budgets (gzip -9)', () => {
  it('finds the lesson pages of both languages', () => {
    expect(lessonPages.filter((p) => p.startsWith('en/')).length).toBeGreaterThanOrEqual(9);
    expect(lessonPages.filter((p) => p.startsWith('ko/')).length).toBe(lessonPages.filter((p) => p.startsWith('en/')).length);
  });

  it.each(lessonPages)(`%s loads at most ${kb(BYTE_BUDGETS.lessonInitialJs)} of JavaScript before the terminal`, async (page) => {
    const { initial, terminal } = await lessonBytes(site.dir, page);
    // Without a lazily loaded xterm chunk the terminal was bundled into the page, or is missing.
    expect(terminal?.entry, `${page} should load xterm lazily`).toBeTruthy();
    expect(initial.files.some((f) => terminal?.files.includes(f)), 'the terminal chunk is already loaded up front').toBe(false);
    expect(initial.gzip, `${kb(initial.gzip)}: ${breakdown(initial.files, initial.inlineGzip)}`).toBeLessThanOrEqual(BYTE_BUDGETS.lessonInitialJs);
  });

  it(`the terminal chunk graph (xterm plus our code) is at most ${kb(BYTE_BUDGETS.terminalChunkJs)}`, async () => {
    const seen = new Map<string, { gzip: number; files: string[] }>();
    for (const page of lessonPages) {
      const { terminal } = await lessonBytes(site.dir, page);
      if (terminal) seen.set(terminal.files.join(','), terminal);
    }
    expect(seen.size).toBeGreaterThan(0);
    for (const terminal of seen.values()) {
      expect(terminal.gzip, `${kb(terminal.gzip)}: ${breakdown(terminal.files)}`).toBeLessThanOrEqual(BYTE_BUDGETS.terminalChunkJs);
    }
  });
});

describe('JavaScript fetched before any interaction, in Chromium (gzip -9)', () => {
  it.each(lessonPages)(`%s, untouched on a narrow screen, fetches at most ${kb(BYTE_BUDGETS.lessonInitialJs)}`, async (page) => {
    // 700 px wide: the lab sits below the prose, out of view, so only the page's own scripts load.
    const { context, page: tab } = await browser.open({ width: 700, height: 900 });
    const scripts: string[] = [];
    tab.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname.slice(1));
    });
    try {
      await tab.goto(`${browser.baseUrl}/${page.replace(/index\.html$/, '')}`);
      await tab.waitForLoadState('networkidle');
      // requestIdleCallback work (Pagefind's UI) starts after the network first goes quiet.
      await tab.waitForTimeout(1500);
      await tab.waitForLoadState('networkidle');
      expect(await tab.locator('.xterm').count(), 'the terminal loaded without being used').toBe(0);
      // Inline scripts arrive inside the HTML; the static count measured them.
      const { inlineGzip } = (await lessonBytes(site.dir, page)).initial;
      const total = inlineGzip + scripts.reduce((n, f) => n + gzipSize(site.dir, f), 0);
      expect(total, `${kb(total)}: ${breakdown(scripts, inlineGzip)}`).toBeLessThanOrEqual(BYTE_BUDGETS.lessonInitialJs);
    } finally {
      await context.close();
    }
  }, 60_000);
});
