/**
 * The "new version available" prompt. A polite live region (role="status") so screen readers
 * announce it without interrupting; it never takes focus, and it offers a real button to
 * reload plus one to dismiss. Strings come from the `hosting.*` locale files.
 */
import en from '~/i18n/en/hosting.json';
import ko from '~/i18n/ko/hosting.json';

const REGION_ID = 'acr-lab-update';

/** The prompt's strings for a page language (`ko`, `ko-KR` → Korean, anything else English). */
export function updateStrings(lang: string): typeof en {
  return lang.toLowerCase().startsWith('ko') ? ko : en;
}

/**
 * Shows the prompt once per page; `onReload` runs when the learner chooses to reload.
 * The region is attached empty first and filled on the next frame, because screen readers
 * announce changes to a live region, not a region that appears with its text already in it.
 */
export function showUpdatePrompt(lang: string, onReload: () => void): void {
  if (document.getElementById(REGION_ID)) return;
  const strings = updateStrings(lang);
  const region = document.createElement('div');
  region.id = REGION_ID;
  region.className = 'acr-lab-update';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-label', strings['hosting.update.region']);
  document.body.append(region);
  requestAnimationFrame(() => {
    const message = document.createElement('p');
    message.textContent = strings['hosting.update.message'];
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.textContent = strings['hosting.update.reload'];
    reload.addEventListener('click', () => {
      reload.disabled = true;
      onReload();
    });
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.textContent = strings['hosting.update.dismiss'];
    dismiss.addEventListener('click', () => region.remove());
    region.append(message, reload, dismiss);
  });
}
