/**
 * The Export / Import progress buttons of LabSteps.astro. Tiny on purpose: the file code
 * (zod, start states) loads on the first click. After an import the page reloads (the message
 * says so first), so the running lab's store picks the merged progress up from storage.
 */
import type { LessonSteps } from './progress-file';

const MAX_BYTES = 64 * 1024; // progress-file.ts MAX_PROGRESS_BYTES; checked here before reading.
const RELOAD_DELAY_MS = 1500;

const json = <T>(selector: string): T => JSON.parse(document.querySelector(selector)?.textContent ?? '{}') as T;

function mount(root: HTMLElement): void {
  const strings = json<Record<string, string>>('[data-progress-strings]');
  const lessons = json<{ steps: LessonSteps }>('[data-acr-progress-marks]').steps ?? {};
  const text = (key: string, params: Record<string, string> = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
  const status = root.querySelector<HTMLElement>('[data-progress-status]');
  const say = (message: string, isError = false) => {
    if (!status) return;
    status.textContent = message;
    status.toggleAttribute('data-error', isError);
  };
  const input = root.querySelector<HTMLInputElement>('[data-progress-file]');

  root.querySelector('[data-progress-export]')?.addEventListener('click', async () => {
    const { exportProgress } = await import('./progress-transfer');
    const { PROGRESS_FILE_NAME } = await import('./progress-file');
    const url = URL.createObjectURL(new Blob([exportProgress(localStorage, lessons)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: PROGRESS_FILE_NAME });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    say(text('progress.exported'));
  });
  root.querySelector('[data-progress-import]')?.addEventListener('click', () => input?.click());
  input?.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_BYTES) return say(text('progress.error.too-large'), true);
    const { importProgress } = await import('./progress-transfer');
    const result = await importProgress(localStorage, await file.text(), lessons);
    if (!result.ok) {
      const { kind, ...params } = result.error;
      return say(`${text('progress.error.prefix')} ${text(`progress.error.${kind}`, params as Record<string, string>)}`, true);
    }
    say(text('progress.imported', { count: String(result.lessons) }));
    document.dispatchEvent(new Event('acr-lab:progress'));
    setTimeout(() => location.reload(), RELOAD_DELAY_MS);
  });
}

const root = document.querySelector<HTMLElement>('[data-progress-transfer]');
if (root) mount(root);
