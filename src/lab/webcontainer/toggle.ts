/**
 * The "Node sandbox" switch under the terminal (markup: src/components/SandboxToggle.astro).
 * It shows whether the mode can run here and why not, the start-up progress, and the notice
 * when a start fails or the sandbox dies and the lab falls back to the simulator. Nothing of
 * `@webcontainer/api` loads until the learner switches it on.
 */
import type { Disposable, TerminalBackend, TerminalLike } from '../backend';
import type { SessionStore } from '../session-store';
import { translator, type Translate } from '../strings';
import { ContainerHost, fetchSameOrigin, type BootStep } from './boot';
import { loadWebContainer, type BootContainer, type Coep } from './container';
import { ModeSwitch, type FallbackReason, type Mode } from './mode-switch';
import { browserSupportEnv, checkSupport, type SupportEnv, type SupportVerdict } from './support';

export interface SandboxModeDeps {
  store: SessionStore;
  /** The in-page backend, already attached to `term`. */
  simulated: TerminalBackend;
  term: TerminalLike & { onResize?(listener: (size: { cols: number; rows: number }) => void): Disposable };
  /** Moves keyboard focus into the terminal. */
  focus?(): void;
  /** For tests: the browser facts and the container boot. */
  env?: SupportEnv;
  boot?: BootContainer;
}

/** The sentence under the switch for a verdict. */
export function verdictText(verdict: SupportVerdict, t: Translate): string {
  if (verdict.kind === 'unsupported') return t(`sandbox.why.${verdict.reason}`);
  if (verdict.kind === 'gated') return t('sandbox.why.ios');
  return verdict.beta ? `${t('sandbox.why.ready')} ${t('sandbox.why.beta')}` : t('sandbox.why.ready');
}

/** The notice for a fall-back to the simulator. */
export function fallbackText(reason: FallbackReason, t: Translate, timeoutMs: number): string {
  switch (reason.kind) {
    case 'timeout':
      return t('sandbox.fallback.timeout', { seconds: Math.round(timeoutMs / 1000) });
    case 'error':
    case 'crashed':
      return t(`sandbox.fallback.${reason.kind}`, { error: reason.error });
    default:
      return t(`sandbox.fallback.${reason.kind}`);
  }
}

/** A terminal line in a dim colour (ANSI), for the banner and restart notes. */
const dim = (text: string) => `\x1b[2m${text}\x1b[0m\r\n`;

/** Frames StackBlitz's API loads (see DEFAULT_EDITOR_ORIGIN in @webcontainer/api). */
const STACKBLITZ = /^https:\/\/([a-z0-9-]+\.)*(stackblitz\.com|webcontainer-api\.io|webcontainer\.io)(\/|$)/;

/** Wires the switch inside `root` (`[data-sandbox]`); returns undefined when the page has none. */
export function mountSandboxMode(root: HTMLElement, deps: SandboxModeDeps): ModeSwitch | undefined {
  const box = root.querySelector<HTMLElement>('[data-sandbox]');
  const toggle = box?.querySelector<HTMLButtonElement>('[data-sandbox-toggle]');
  if (!box || !toggle) return undefined;
  const find = (name: string) => box.querySelector<HTMLElement>(`[data-sandbox-${name}]`);
  const why = find('why');
  const status = find('status');
  const alert = find('alert');
  const startAnyway = find('start') as HTMLButtonElement | null;
  let strings: Record<string, string> = {};
  try {
    strings = JSON.parse(find('strings')?.textContent ?? '{}') as Record<string, string>;
  } catch {
    // Missing strings show their keys, which a test or a reader notices.
  }
  const t = translator(strings);
  // Read when used, so a page (or a test) can change the deadline after the switch is mounted.
  const timeoutMs = () => Number(box.dataset.sandboxTimeoutMs) || 45_000;
  const azUrl = box.dataset.sandboxAz ?? 'sandbox/az.mjs';
  const coep = (box.dataset.sandboxCoep === 'credentialless' ? 'credentialless' : 'require-corp') satisfies Coep;

  const say = (el: HTMLElement | null, text: string) => {
    if (!el) return;
    el.textContent = text;
    el.hidden = text === '';
  };

  const verdict = checkSupport(deps.env ?? browserSupportEnv());
  say(why, verdictText(verdict, t));
  box.dataset.sandboxSupport = verdict.kind;
  toggle.disabled = verdict.kind !== 'supported';
  if (startAnyway) startAnyway.hidden = verdict.kind !== 'gated';

  /** The deadline of the latest start, for its time-out notice. */
  let deadline = timeoutMs();
  const host = new ContainerHost({
    boot: deps.boot ?? loadWebContainer(coep),
    fetchAz: fetchSameOrigin(azUrl),
    online: () => globalThis.navigator?.onLine !== false,
  });
  const modes = new ModeSwitch({
    host,
    store: deps.store,
    simulated: deps.simulated,
    term: deps.term,
    timeoutMs: timeoutMs(),
    texts: { banner: dim(t('sandbox.terminal.banner')), restarted: dim(t('sandbox.terminal.restarted')) },
    onStep: (step: BootStep) => say(status, t(`sandbox.step.${step}`)),
    onMode: (mode: Mode) => {
      box.dataset.sandboxMode = mode;
      toggle.setAttribute('aria-checked', String(mode !== 'simulator'));
      toggle.setAttribute('aria-busy', String(mode === 'starting'));
    },
    onFallback: (reason) => {
      say(status, '');
      say(alert, fallbackText(reason, t, deadline));
    },
  });
  deps.term.onResize?.(({ cols, rows }) => modes.resize(cols, rows));

  // The page's CSP may refuse StackBlitz's frame; then the boot would only time out. Say so now.
  document.addEventListener('securitypolicyviolation', (event) => {
    if (modes.mode === 'starting' && STACKBLITZ.test(event.blockedURI)) modes.cancel({ kind: 'blocked' });
  });

  const switchOn = async () => {
    say(alert, '');
    deadline = timeoutMs();
    if (await modes.toSandbox(deadline)) {
      say(status, t('sandbox.status.on'));
      deps.focus?.();
    }
  };
  toggle.addEventListener('click', () => {
    if (modes.mode === 'starting') return modes.cancel({ kind: 'cancelled' });
    if (modes.mode === 'sandbox') {
      void modes.toSimulator().then(() => say(status, t('sandbox.status.off')));
      return;
    }
    void switchOn();
  });
  startAnyway?.addEventListener('click', () => {
    // iOS/iPadOS: the explicit start is the learner's consent to try a beta platform.
    startAnyway.hidden = true;
    toggle.disabled = false;
    toggle.focus();
    void switchOn();
  });
  return modes;
}
