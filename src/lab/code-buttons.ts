/**
 * "Run" and "Copy" buttons under the lesson's shell code blocks. Expressive Code renders
 * `<div class="expressive-code"><figure><pre data-language="…">` plus an icon-only copy button
 * whose `data-code` holds the code (comments stripped, newlines as U+007F). We read that, and
 * hide its button, so each block keeps exactly one Copy button, ours, labelled in the page's
 * language. Part of the pre-load script: no dependencies.
 */
import type { Translate } from './strings';

/** Fence languages that hold commands for the lab's shell. */
export const RUNNABLE_LANGUAGES = ['azurecli', 'bash', 'sh'] as const;

/** The command text of an Expressive Code block, without prompt or trailing blank lines. */
export function blockCommand(block: Element): string {
  const ecCopy = block.querySelector<HTMLElement>('.copy button[data-code]');
  const raw = ecCopy?.dataset.code?.replace(/\u007f/g, '\n') ?? block.querySelector('pre')?.textContent ?? '';
  // Lessons never write a `$ ` prompt, but a pasted one must not become part of the command.
  return raw
    .split('\n')
    .map((line) => line.replace(/^\$ /, ''))
    .join('\n')
    .trim();
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function button(label: string, name: string, onClick: (button: HTMLButtonElement) => void): HTMLButtonElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.className = 'lab__button';
  el.textContent = label;
  el.setAttribute('aria-label', name);
  el.addEventListener('click', () => onClick(el));
  return el;
}

/**
 * Adds the buttons to every runnable block inside `scope`. `run` types the command into the
 * terminal (loading it first when needed). Returns how many blocks got buttons.
 */
export function addCodeButtons(scope: ParentNode, t: Translate, run: (command: string) => void): number {
  const selector = RUNNABLE_LANGUAGES.map((lang) => `.expressive-code:has(pre[data-language="${lang}"])`).join(',');
  let count = 0;
  for (const block of scope.querySelectorAll<HTMLElement>(selector)) {
    if (block.dataset.labButtons !== undefined) continue;
    const command = blockCommand(block);
    if (!command) continue;
    // Marks the block; Lab.astro's CSS then hides Expressive Code's own copy button.
    block.dataset.labButtons = '';
    const status = document.createElement('span');
    status.className = 'lab-code__status';
    status.setAttribute('role', 'status');
    const bar = document.createElement('div');
    bar.className = 'lab-code not-content';
    bar.append(
      button(t('lab.code.run'), t('lab.code.runLabel'), () => run(command)),
      button(t('lab.code.copy'), t('lab.code.copyLabel'), async () => {
        status.textContent = (await copyText(command)) ? t('lab.code.copied') : t('lab.code.copyFailed');
        setTimeout(() => (status.textContent = ''), 2500);
      }),
      status,
    );
    block.after(bar);
    count += 1;
  }
  return count;
}
