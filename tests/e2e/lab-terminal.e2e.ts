import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from './support/browser';
import {
  lastRow,
  liveRegion,
  matrixCell,
  openLesson,
  paste,
  readyTerminal,
  runLine,
  screenRows,
  screenText,
  setting,
  TEXT,
  waitForPrompt,
  WORKFLOW,
  type Lang,
} from './lab-support';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe.each<{ lang: Lang; change: RegExp; steps: string }>([
  { lang: 'en', change: /ACR task hellotask, push: now Denied/, steps: '7 / 7' },
  { lang: 'ko', change: /ACR 작업 hellotask, 푸시\(push\): 이제 거부/, steps: '7 / 7' },
])('lesson 6 in $lang', ({ lang, change, steps }) => {
  it('runs the seed workflow; turning trusted services off flips the task cell from allowed to denied', async () => {
    session = await openLesson(lang);
    const { page } = session;
    await readyTerminal(page, lang);
    for (const line of WORKFLOW) await runLine(page, line);
    await expect.poll(() => screenText(page)).toMatch(/Run ID: ca1 was successful/);
    const push = matrixCell(page, 'acr-task', 'push');
    await expect.poll(() => push.textContent()).toContain(TEXT[lang].allowed);

    await runLine(page, 'az acr update --name myregistry --allow-trusted-services false');
    await expect.poll(() => push.textContent()).toContain(TEXT[lang].denied);
    expect(await push.getAttribute('data-changed')).toBe('');
    // The reason is the cell's description (tooltip), in the page's language.
    const tip = page.locator(`#${await push.getAttribute('aria-describedby')}`);
    expect((await tip.textContent())?.length).toBeGreaterThan(20);
    // Reason first, then each way to change it on a line of its own, numbered when there are several.
    const lines = tip.locator('.lab-tip__line');
    const tops = await lines.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    expect(tops.length).toBeGreaterThanOrEqual(2);
    expect(new Set(tops).size).toBe(tops.length);
    if (tops.length > 2) expect(await lines.nth(2).textContent()).toMatch(/^1\. /);
    await expect.poll(() => page.locator('[data-lab-live]').textContent()).toMatch(change);

    await runLine(page, 'az acr task run -n hellotask -r myregistry');
    await expect.poll(() => page.locator('[data-lab-progress]').textContent()).toBe(steps);
    expect(session.errors).toEqual([]);
    expect(session.external).toEqual([]);
  }, 150_000);
});

describe('the lab terminal', () => {
  it('keeps text that arrives without key presses (dictation, emoji pickers) and IME text once', async () => {
    session = await openLesson('en');
    const { page } = session;
    await readyTerminal(page, 'en');
    const cdp = await page.context().newCDPSession(page);
    await page.keyboard.type('echo I:');
    await cdp.send('Input.insertText', { text: 'abc😀' });
    await page.keyboard.press('Enter');
    await expect.poll(() => screenText(page)).toMatch(/^I:abc😀$/m);
    await page.keyboard.type('echo C:');
    await cdp.send('Input.imeSetComposition', { text: '안', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text: '안' });
    await page.keyboard.press('Enter');
    await expect.poll(() => screenText(page)).toMatch(/^C:안$/m);
  });

  it('completes az commands with Tab', async () => {
    session = await openLesson('en');
    const { page } = session;
    await readyTerminal(page, 'en');
    await page.keyboard.type('az acr upd');
    await page.keyboard.press('Tab');
    await expect.poll(() => lastRow(page)).toBe('$ az acr update');
  });

  it('recalls the previous command with Up after a reload', async () => {
    session = await openLesson('en');
    const { page } = session;
    await readyTerminal(page, 'en');
    await runLine(page, 'az acr show -n myregistry --query sku.name -o tsv');
    await expect.poll(() => screenRows(page)).toContain('Premium');
    await page.reload();
    await readyTerminal(page, 'en');
    await page.keyboard.press('ArrowUp');
    // The recalled line may wrap onto a second row in a narrow column: read the prompt's rows as one.
    const promptLine = async () => {
      const rows = (await screenRows(page)).filter((r) => r !== '');
      const start = rows.map((r) => r.startsWith('$ ')).lastIndexOf(true);
      return rows.slice(start).join('');
    };
    await expect.poll(promptLine).toBe('$ az acr show -n myregistry --query sku.name -o tsv');
  });

  it('clears a half-typed line with Ctrl+C and runs nothing', async () => {
    session = await openLesson('en');
    const { page } = session;
    await readyTerminal(page, 'en');
    await page.keyboard.type('az acr delete -n myregistry --yes');
    await page.keyboard.press('Control+C');
    await expect.poll(async () => (await screenRows(page)).filter((r) => r.trim()).slice(-2)).toEqual([
      '$ az acr delete -n myregistry --yes^C',
      '$',
    ]);
    // Enter on the fresh, empty line runs nothing either.
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await screenRows(page)).filter((r) => r.trim()).slice(-3)).toEqual([
      '$ az acr delete -n myregistry --yes^C',
      '$',
      '$',
    ]);
    expect(await setting(page, 'publicAccess').textContent()).toBe('on');
    expect(await liveRegion(page).textContent()).toBe('');
  });

  it('runs every line of a multi-line paste', async () => {
    session = await openLesson('en');
    const { page } = session;
    await readyTerminal(page, 'en');
    await paste(page, 'az acr update -n myregistry --public-network-enabled false\naz acr update -n myregistry --allow-trusted-services false\necho pasted-$?\n');
    await expect.poll(() => screenText(page)).toMatch(/pasted-0/);
    await waitForPrompt(page);
    expect(await setting(page, 'publicAccess').textContent()).toBe('off');
    expect(await setting(page, 'trustedServices').textContent()).toBe('off');
  });

  it("types a code block's command with its Run button, and copies it without a prompt", async () => {
    session = await openLesson('en');
    const { page, context, baseUrl } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await readyTerminal(page, 'en');
    const run = page.getByRole('button', { name: 'Run this command in the terminal' }).first();
    await run.click();
    // As long as runLine allows a command: a busy CI machine runs everything several times slower.
    await expect.poll(() => screenText(page), { timeout: 20_000 }).toMatch(/"sku": "Premium"/);
    await page.getByRole('button', { name: 'Copy this command' }).first().click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^az acr show -n myregistry --query /);
    // Expressive Code's own icon button is hidden so each block has one Copy button.
    expect(await page.locator('.expressive-code:has(pre[data-language="azurecli"]) .copy:visible').count()).toBe(0);
  });

  it('resets to the start state after confirming in a dialog', async () => {
    session = await openLesson('en');
    const { page } = session;
    await readyTerminal(page, 'en');
    await runLine(page, 'az acr update -n myregistry --allow-trusted-services false');
    expect(await setting(page, 'trustedServices').textContent()).toBe('off');
    await page.getByRole('button', { name: TEXT.en.reset }).click();
    const dialog = page.getByRole('dialog', { name: TEXT.en.dialog });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await setting(page, 'trustedServices').textContent()).toBe('off');
    await page.getByRole('button', { name: TEXT.en.reset }).click();
    await dialog.getByRole('button', { name: TEXT.en.confirm, exact: true }).click();
    await expect.poll(() => setting(page, 'trustedServices').textContent()).toBe('on');
    await expect.poll(async () => (await screenRows(page)).filter((r) => r.trim())).toEqual(['$']);
    await page.reload();
    await readyTerminal(page, 'en');
    expect(await setting(page, 'trustedServices').textContent()).toBe('on');
  });
});
