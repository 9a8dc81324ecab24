/**
 * The only lab script on the critical path, kept tiny: it wires the static lab markup and
 * imports the real runtime (xterm, model, CLI, shell) on first need: the lab scrolling into
 * view, a click or focus on the terminal, a Run button, or Reset.
 */
import { addCodeButtons } from './code-buttons';
import type { LabApi, LabConfig } from './runtime';
import { translator } from './strings';

function boot(root: HTMLElement): void {
  const config = JSON.parse(root.querySelector('[data-lab-config]')?.textContent ?? '{}') as LabConfig;
  const t = translator(config.strings ?? {});
  const screen = root.querySelector<HTMLElement>('[data-lab-terminal]');
  const status = root.querySelector<HTMLElement>('[data-lab-status]');
  let loading: Promise<LabApi> | undefined;

  /** Loads and mounts the runtime once; later calls share the same promise. */
  const load = (): Promise<LabApi> => {
    if (loading) return loading;
    if (status) status.textContent = t('lab.terminal.loading');
    loading = import('./runtime')
      .then(({ mountLab }) => mountLab(root, config))
      .catch((error: unknown) => {
        if (status) status.textContent = t('lab.terminal.loadFailed', { error: error instanceof Error ? error.message : String(error) });
        loading = undefined;
        throw error;
      });
    return loading;
  };
  const withLab = (action: (api: LabApi) => unknown) => {
    load().then(action, () => undefined);
  };

  // From 72rem the lab is the page's sticky side column, in view from the start: load it now
  // rather than after the first layout reports it visible (seconds later on a slow CPU).
  if (screen && window.matchMedia?.('(min-width: 72rem)').matches) withLab(() => undefined);
  else if (screen && 'IntersectionObserver' in window) {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          withLab(() => undefined);
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(screen);
  }
  // A click or keyboard focus on the placeholder starts the terminal and moves focus into it.
  const start = (event: Event) => {
    if ((event.target as Element | null)?.closest('[data-lab-placeholder]')) withLab((api) => api.focus());
  };
  screen?.addEventListener('click', start);
  screen?.addEventListener('focusin', start);

  document.addEventListener('click', (event) => {
    const target = (event.target as Element | null)?.closest<HTMLElement>('[data-lab-run], [data-lab-reset]');
    if (!target) return;
    const command = target.dataset.labRun;
    if (command !== undefined) withLab((api) => api.run(command));
    else withLab((api) => api.confirmReset());
  });
  addCodeButtons(document, t, (command) => withLab((api) => api.run(command)));
}

const root = document.querySelector<HTMLElement>('[data-lab]');
if (root) boot(root);
