/**
 * Page script of PortalNetworking.astro, kept tiny like src/lab/boot.ts: when the blade comes
 * near the viewport it loads the model, the CLI and the lab session (not xterm) and connects
 * the blade to the session the terminal uses, so the page works before the terminal starts.
 */
import { translator } from '../strings';

function boot(blade: HTMLElement): void {
  const strings = JSON.parse(blade.querySelector('[data-portal-strings]')?.textContent ?? '{}') as Record<string, string>;
  const t = translator(strings);
  const status = blade.querySelector<HTMLElement>('[data-portal-status]');
  let started = false;

  const start = () => {
    if (started) return;
    started = true;
    Promise.all([import('../lab-session'), import('./blade-dom')])
      .then(async ([{ openLabSession, readLabConfig }, { mountBlade }]) => {
        const root = blade.closest('[data-lab]');
        if (!root) throw new Error('the portal blade is outside the lab');
        const { store } = await openLabSession(root, readLabConfig(root));
        mountBlade(blade, store, t);
      })
      .catch((error: unknown) => {
        if (status) status.textContent = t('portal.loadFailed', { error: error instanceof Error ? error.message : String(error) });
        console.error('portal: the Networking blade could not start', error);
      });
  };

  if (!('IntersectionObserver' in window)) return start();
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      start();
    },
    { rootMargin: '200px' },
  );
  observer.observe(blade);
}

const blade = document.querySelector<HTMLElement>('[data-portal]');
if (blade) boot(blade);
