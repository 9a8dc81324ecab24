/**
 * Accessibility test helpers: one Chromium for a whole file, axe-core with the WCAG 2.2 AA tag
 * set run through `page.evaluate` (the lesson pages' CSP forbids an injected <script>), the
 * lab's `lab:ready` event recorded from the first script on, and facts about the focused element.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './support/find-browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface Finding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Serious and critical axe violations of the page as it is now. */
export async function axeSerious(page: Page): Promise<Finding[]> {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async (tags) => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }, WCAG22_AA);
  return found.filter((f) => f.impact === 'serious' || f.impact === 'critical');
}

/** Records `lab:ready` (dispatched on the lab root, not bubbling: caught in the capture phase). */
const LAB_READY_RECORDER = `document.addEventListener('lab:ready', () => { window.__labReady = performance.now(); }, { capture: true });`;

export interface A11yBrowser {
  browser: Browser;
  baseUrl: string;
  /** A fresh context (no storage) with every request off `baseUrl` aborted. */
  open(opts?: { width?: number; height?: number; colorScheme?: 'light' | 'dark'; locale?: string }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function launch(baseUrl: string = inject('baseUrl')): Promise<A11yBrowser> {
  const browser = await chromium.launch({ executablePath: inject('browserPath'), args: CHROMIUM_ARGS });
  return {
    browser,
    baseUrl,
    async open(opts = {}) {
      const context = await browser.newContext({
        viewport: { width: opts.width ?? 1400, height: opts.height ?? 900 },
        colorScheme: opts.colorScheme ?? 'light',
        locale: opts.locale ?? 'en-US',
      });
      await context.route('**/*', (route) => (route.request().url().startsWith(baseUrl) ? route.continue() : route.abort()));
      await context.addInitScript(LAB_READY_RECORDER);
      return { context, page: await context.newPage() };
    },
    close: () => browser.close(),
  };
}

/** Waits until the lab runtime has mounted (the terminal accepts input). */
export async function waitForLab(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __labReady?: number }).__labReady !== undefined, undefined, { timeout });
}

export interface FocusFacts {
  /** Tag, role-ish and accessible-ish name, for messages. */
  label: string;
  inLab: boolean;
  inMain: boolean;
  /** An outline or box-shadow is drawn around it or a focus-within ancestor (WCAG 2.4.7). */
  ringVisible: boolean;
  /** The element's centre is on screen and not covered by something else, e.g. the sticky header (WCAG 2.4.11). */
  unobscured: boolean;
}

/** Facts about `document.activeElement`. */
export function focusFacts(page: Page): Promise<FocusFacts> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const drawn = (node: Element) => {
      const s = getComputedStyle(node);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    };
    let ring = drawn(el);
    // xterm's textarea is invisible; its frame shows the ring through :focus-within.
    for (let n = el.parentElement; !ring && n && n !== document.body; n = n.parentElement) if (n.matches(':focus-within') && drawn(n)) ring = true;
    const box = (el.closest('[data-lab-terminal]') ?? el).getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 10), 0), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    const onScreen = box.bottom > 0 && box.top < innerHeight;
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return {
      label: `${el.tagName.toLowerCase()} "${name}"`,
      inLab: el.closest('[data-lab]') !== null,
      inMain: el.closest('main') !== null,
      ringVisible: ring,
      unobscured: onScreen && hit !== null && (el.contains(hit) || hit.contains(el) || el.closest('[data-lab-terminal]')?.contains(hit) === true),
    };
  });
}
