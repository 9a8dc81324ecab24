/**
 * Helpers for the lab's browser tests: open a lesson, type into the terminal, read what it
 * shows (through xterm's screen-reader rows, i.e. what assistive technology reads), and find
 * outcome-matrix cells by their row.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openSession, type Session } from './support/browser';

export const LESSON = '06-acr-tasks';

/** The seed's ACR Tasks workflow up to the first successful run (lesson 6). */
export const WORKFLOW = [
  "az acr task create -n hellotask -r myregistry -c /dev/null --cmd '$Registry/hello-world' --assign-identity [system] --auth-mode None",
  'principalID=$(az acr task show -n hellotask -r myregistry --query identity.principalId -o tsv)',
  'registryID=$(az acr show -n myregistry --query id -o tsv)',
  'az role assignment create --assignee $principalID --scope $registryID --role AcrPush',
  'az acr task credential add -n hellotask -r myregistry --login-server myregistry.azurecr.io --use-identity [system]',
  'az acr update --name myregistry --public-network-enabled false',
  'az acr task run -n hellotask -r myregistry',
];

export const TEXT = {
  en: { input: 'Terminal input', allowed: 'Allowed', denied: 'Denied', reset: 'Reset lab', confirm: 'Reset', dialog: 'Reset this lab?' },
  ko: { input: '터미널 입력', allowed: '허용', denied: '거부', reset: '실습 초기화', confirm: '초기화', dialog: '실습을 초기화할까요?' },
} as const;

export type Lang = keyof typeof TEXT;

/** Opens lesson 6 in `lang` on a wide screen (the lab column is visible and loads by itself). */
export async function openLesson(lang: Lang, opts: { width?: number; init?: string } = {}): Promise<Session> {
  const session = await openSession({ locale: lang === 'ko' ? 'ko-KR' : 'en-US' });
  await session.page.setViewportSize({ width: opts.width ?? 1400, height: 900 });
  if (opts.init) await session.page.addInitScript(opts.init);
  await session.page.goto(`${session.baseUrl}/${lang}/lessons/${LESSON}/`);
  return session;
}

export const terminalInput = (page: Page, lang: Lang): Locator => page.getByRole('textbox', { name: TEXT[lang].input });

/** The terminal's visible rows as text (non-breaking spaces normalised, trailing blanks cut). */
export async function screenRows(page: Page): Promise<string[]> {
  const rows = await page.locator('[data-lab-terminal] .xterm-accessibility-tree [role="listitem"]').allTextContents();
  return rows.map((r) => r.replace(/\u00a0/g, ' ').trimEnd());
}

export async function screenText(page: Page): Promise<string> {
  return (await screenRows(page)).join('\n');
}

/** The last non-empty row. */
export async function lastRow(page: Page): Promise<string> {
  return (await screenRows(page)).filter((r) => r.trim() !== '').at(-1) ?? '';
}

/** Waits until the terminal shows an empty prompt on its last line. */
export async function waitForPrompt(page: Page): Promise<void> {
  await expect.poll(() => lastRow(page), { timeout: 20_000 }).toBe('$');
}

/** Waits for the terminal, focuses it and shows the first prompt. */
export async function readyTerminal(page: Page, lang: Lang): Promise<void> {
  await terminalInput(page, lang)
    .waitFor({ state: 'attached', timeout: 45_000 })
    .catch(async (error: unknown) => {
      // Say what the page shows instead of only "timeout": the start-up status or its failure.
      const status = await page.locator('[data-lab-status]').textContent().catch(() => null);
      throw new Error(`terminal did not start (status: ${JSON.stringify(status)}): ${String(error)}`);
    });
  await waitForPrompt(page);
  await terminalInput(page, lang).focus();
}

/** The polite live region where the lab says each command's result. */
export const liveRegion = (page: Page): Locator => page.locator('[data-lab-live]');

/**
 * Types a line as a learner would, presses Enter, and waits until the live region says the
 * command finished ("…: exit 0") and the prompt is back. (The terminal renders asynchronously,
 * so an old prompt on screen proves nothing; the announcement does.)
 */
export async function runLine(page: Page, line: string): Promise<void> {
  await liveRegion(page).evaluate((el) => (el.textContent = ''));
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await expect.poll(() => liveRegion(page).textContent(), { timeout: 20_000 }).toMatch(/: (exit|종료 코드) \d+|: (interrupted|중단됨)/);
  await waitForPrompt(page);
}

/** The matrix button of a caller row (`data-caller` = caller kind) for pull or push. */
export function matrixCell(page: Page, caller: string, op: 'pull' | 'push'): Locator {
  return page.locator(`[data-lab-panel] tr[data-caller="${caller}"] td`).nth(op === 'pull' ? 0 : 1).getByRole('button');
}

/** Text of a setting in the panel's list (`data-setting` = publicAccess, trustedServices...). */
export function setting(page: Page, name: string): Locator {
  return page.locator(`[data-lab-panel] dd[data-setting="${name}"]`);
}

/** Pastes text into the focused terminal through a real `paste` event (xterm's paste path). */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const target = document.activeElement as HTMLElement;
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}
