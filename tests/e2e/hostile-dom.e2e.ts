/**
 * Hostile lines typed and pasted into the real terminal of a built lesson page. Nothing may reach
 * the document as markup: no element with an event handler, no script, image, frame or
 * javascript: link appears anywhere (a MutationObserver watches from the first script on), no
 * dialog opens, the page title stays, and the saved session still loads after a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readSession } from '../../src/lab/session-schema';
import { launch, waitForLab, type A11yBrowser } from './a11y-support';

/** Records every added element that could run code or load something, and every attribute set to do so. */
const WATCH = `
  window.__injected = [];
  new MutationObserver((records) => {
    const bad = (el) => /^(SCRIPT|IMG|IFRAME|OBJECT|EMBED|SVG|IMAGE|VIDEO|AUDIO|FORM|BASE|LINK|META|STYLE)$/i.test(el.tagName) && !el.closest('head')
      || [...el.attributes].some((a) => /^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value));
    for (const r of records) {
      const nodes = r.type === 'attributes' ? [r.target] : [...r.addedNodes].flatMap((n) => n.nodeType === 1 ? [n, ...n.querySelectorAll('*')] : []);
      for (const el of nodes) if (el.nodeType === 1 && bad(el)) window.__injected.push(el.outerHTML.slice(0, 200));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
`;

const SCENARIO = '06-acr-tasks';
let a11y: A11yBrowser;
beforeAll(async () => {
  a11y = await launch();
});
afterAll(() => a11y?.close());

const rows = async (page: Page) =>
  (await page.locator('[data-lab-terminal] .xterm-accessibility-tree [role="listitem"]').allTextContents()).map((r) => r.replace(/\u00a0/g, ' ').trimEnd());
const lastRow = async (page: Page) => (await rows(page)).filter((r) => r.trim()).at(-1) ?? '';

async function ready(page: Page): Promise<void> {
  await waitForLab(page);
  await expect.poll(() => lastRow(page), { timeout: 20_000 }).toBe('$');
  await page.locator('[data-lab-terminal] textarea').focus();
  // The page's own icons and scripts were recorded while it loaded; watch only what input adds.
  await page.evaluate(() => void ((window as unknown as { __injected: string[] }).__injected = []));
}

/** Sends text through xterm's paste path (control characters included), then waits for the prompt. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
  await expect.poll(() => lastRow(page), { timeout: 10_000 }).toBe('$');
}

async function typeLine(page: Page, line: string): Promise<void> {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await expect.poll(() => lastRow(page), { timeout: 10_000 }).toBe('$');
}

const TYPED = [
  `echo '<img src=x onerror="window.__pwned=1">'`,
  `x='<script>window.__pwned=1</script>'; echo "$x"; az group create -n "$x" -l eastus`,
  `az acr create -n '<svg/onload=window.__pwned=1>' -g rg --sku Premium`,
  `az acr update -n myregistry --set 'networkRuleSet.defaultAction=<b onmouseover=window.__pwned=1>x</b>'`,
  `echo -e '\\e]0;<img src=x onerror=window.__pwned=1>\\a\\e]8;;javascript:window.__pwned=1\\alink\\e]8;;\\a'`,
  `__proto__=polluted; export constructor=x; echo "$__proto__"`,
];

const PASTED = [
  'echo \x1b]0;pwned-title\x07 \x1b[31mred\x1b[0m \x9b2J\n',
  'az acr show -n myregistry --query "[?name==\'<iframe src=javascript:window.__pwned=1>\']"\n',
  `echo ${'<b>'.repeat(30_000)}\n`,
];

describe('hostile input in the lab terminal', () => {
  it('never becomes markup, script, a dialog or a title, and the session survives a reload', async () => {
    const { context, page } = await a11y.open();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await context.addInitScript(WATCH);
    await page.goto(`${a11y.baseUrl}/en/lessons/${SCENARIO}/`);
    await ready(page);
    const title = await page.title();

    for (const line of TYPED) await typeLine(page, line);
    for (const text of PASTED) await paste(page, text);
    // The 100 KB paste was refused, and the terminal still works.
    await typeLine(page, 'az acr show -n myregistry --query name -o tsv');
    await expect.poll(() => rows(page)).toContain('myregistry');

    const seen = await page.evaluate(() => {
      const w = window as unknown as { __pwned?: number; __injected: string[] };
      return { pwned: w.__pwned, injected: w.__injected, live: document.querySelector('[data-lab-live]')?.children.length };
    });
    expect(seen).toEqual({ pwned: undefined, injected: [], live: 0 });
    expect(dialogs).toEqual([]);
    expect(await page.title()).toBe(title);

    // What the lab saved is a session it can load again ...
    // (Written in a task of its own just after each command: poll.)
    const reread = async () => {
      const back = readSession(await page.evaluate((key) => localStorage.getItem(key), `acr-lab:session:${SCENARIO}`), SCENARIO);
      return back.kind === 'refused' ? back.error : back.kind;
    };
    await expect.poll(reread).toBe('ok');
    // ... and does: no "started fresh" notice, the prototype-named variable is back.
    await page.reload();
    await ready(page);
    expect(await page.locator('[data-lab-notice]').isHidden()).toBe(true);
    await typeLine(page, 'echo "[$__proto__]"; echo \'<img src=x onerror="window.__pwned=1">\'');
    await expect.poll(() => rows(page)).toContain('[polluted]');
    expect(await page.evaluate(() => (window as unknown as { __injected: string[] }).__injected)).toEqual([]);
    await context.close();
  }, 180_000);
});
