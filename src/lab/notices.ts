/**
 * The visible notice above the terminal: why a saved session was discarded, that the browser
 * cannot save, or that the scenario is broken. It is a `role="alert"` so it is also read out.
 */
import type { SessionNotice, SessionStore } from './session-store';
import type { Translate } from './strings';

/** The sentence for a notice in the page language. */
export function noticeText(notice: SessionNotice, t: Translate): string {
  if (notice.kind === 'corrupt') return t('lab.notice.corrupt', { error: notice.error });
  if (notice.kind === 'future') return t('lab.notice.future');
  return t('lab.notice.noStorage');
}

/** Shows the store's load notices (and `extra` sentences) now, and any notice it raises later. */
export function showNotices(root: HTMLElement, store: SessionStore, t: Translate, extra: string[] = []): void {
  const box = root.querySelector<HTMLElement>('[data-lab-notice]');
  const text = box?.querySelector<HTMLElement>('[data-lab-notice-text]');
  if (!box || !text) return;
  const lines: string[] = [];
  const show = (sentences: string[]) => {
    lines.push(...sentences.filter((s) => !lines.includes(s)));
    if (!lines.length) return;
    text.textContent = lines.join(' ');
    box.hidden = false;
  };
  box.querySelector('[data-lab-notice-dismiss]')?.addEventListener('click', () => {
    box.hidden = true;
    lines.length = 0;
    // The focused button just disappeared: keep keyboard focus nearby, on the lab's toolbar.
    root.querySelector<HTMLElement>('[data-lab-reset]')?.focus();
  });
  show([...extra, ...store.notices.map((n) => noticeText(n, t))]);
  store.on('notice', (notice) => show([noticeText(notice, t)]));
}
