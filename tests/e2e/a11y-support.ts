/**
 * Accessibility test helpers: one Chromium for a whole file, axe-core with the WCAG 2.2 AA tag
 * set run through `page.evaluate` (the lesson pages' CSP forbids an injected <script>), the
 * lab's `lab:ready` event recorded from the first script on, and facts about the focused element.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { seriousViolations } from './support/axe';
import { CHROMIUM_ARGS } from './support/find-browser';

export interface Finding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Serious and critical axe violations of the page as it is now, at most five targets each. */
export async function axeSerious(page: Page): Promise<Finding[]> {
  return (await seriousViolations(page)).map((v) => ({
    id: v.id,
    impact: v.impact ?? '',
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
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
