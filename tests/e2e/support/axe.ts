/**
 * axe-core for the browser tests. axe is injected with `evaluate`: the site's CSP (no unhashed
 * inline scripts) refuses `addScriptTag`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Waits until Expressive Code has made every overflowing code block focusable. Its script does
 * that from a ResizeObserver, after a 250 ms debounce and an idle callback, so on a busy machine
 * axe could run first. Gives up after `timeout` and lets axe report what is still missing.
 */
export async function settleCodeBlocks(page: Page, timeout = 10_000): Promise<void> {
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLElement>('.expressive-code pre')].every(
          (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
        ),
      undefined,
      { timeout },
    )
    .catch(() => undefined);
}

/** Serious and critical WCAG 2.2 AA violations of the page once its scripts have settled. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await settleCodeBlocks(page);
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, WCAG22_AA);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
