/**
 * The lab runtime, loaded on demand by boot.ts (this chunk carries xterm, the model, the CLI and
 * the shell). It builds the scenario's start state, restores the saved session, and connects
 * the terminal, the panel, the step checklist and the Reset dialog to one session store.
 */
import { formatMessage } from '../model';
import type { Locale } from '../shell/types';
import { createAnnouncer } from './announcer';
import { labCommands, preloadCli } from './commands';
import { showNotices } from './notices';
import { mountPanel } from './panel';
import { openLabSession } from './lab-session';
import type { SessionStore } from './session-store';
import { SimulatedBackend } from './simulated-backend';
import { mountSteps } from './steps';
import { translator } from './strings';
import { commandSummary } from './summary';
import { mountTerminal } from './terminal';

/** What Lab.astro embeds for the runtime (`<script type="application/json" data-lab-config>`). */
export interface LabConfig {
  scenario: unknown;
  lang: Locale;
  portal: boolean;
  /** `lab.*` and `model.*` strings of the page language. */
  strings: Record<string, string>;
  /** The scenario's start session, built at build time (stored-session format). */
  start?: string;
}

/** What the page (Run buttons, Reset, the portal blade) can do with a mounted lab. */
export interface LabApi {
  store: SessionStore;
  /** Types `command` into the terminal as if typed, then Enter; resolves once it has run. */
  run(command: string): Promise<void>;
  focus(): void;
  /** Asks for confirmation, then resets the lab to the scenario's start. */
  confirmReset(): void;
}

const query = <T extends HTMLElement>(root: HTMLElement, selector: string): T => {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`lab markup is missing ${selector}`);
  return el;
};

/** Mounts the lab into the markup of Lab.astro; rejects only when the scenario itself is unusable. */
export async function mountLab(root: HTMLElement, config: LabConfig): Promise<LabApi> {
  const t = translator(config.strings);
  const message = (m: Parameters<typeof formatMessage>[0]) => formatMessage(m, config.strings);
  const announcer = createAnnouncer(root.querySelector('[data-lab-live]'));
  // The session (and its store) is shared with the portal blade, which may have opened it first.
  const { scenario, store, broken } = await openLabSession(root, config);
  showNotices(root, store, t, broken);
  // The CLI is its own chunk: fetch it now, alongside xterm, so the first command rarely waits.
  void preloadCli();

  const backend = new SimulatedBackend({
    store,
    locale: config.lang,
    commands: labCommands,
    onLineStart: () => announcer.hold(),
    onLineDone: (line, outcome) =>
      announcer.release(t(outcome.interrupted ? 'lab.result.interrupted' : 'lab.result.exit', { command: commandSummary(line), code: outcome.exitCode })),
  });
  const screen = query(root, '[data-lab-terminal]');
  const terminal = mountTerminal(screen, { t, describedBy: 'lab-term-keys', announce: (m) => announcer.say(m) });
  backend.attach(terminal.term);
  terminal.term.onResize(({ cols, rows }) => backend.resize(cols, rows));
  // Optional Node sandbox (WebContainer): swaps the terminal's backend when the learner opts in.
  // Its own small chunk, so the terminal chunk does not grow; the WebContainer API loads on opt-in.
  void import('./webcontainer/toggle').then(
    ({ mountSandboxMode }) => mountSandboxMode(root, { store, simulated: backend, term: terminal.term, focus: () => terminal.focus() }),
    () => undefined,
  );

  mountPanel(store, { root: query(root, '[data-lab-panel]'), registry: scenario.registry, texts: { t, message }, announce: (m) => announcer.say(m) });
  mountSteps(store, { root: query(root, '[data-lab-steps]'), steps: scenario.steps, lang: config.lang, t, announce: (m) => announcer.say(m) });

  const dialog = query<HTMLDialogElement>(root, '[data-lab-dialog]');
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'confirm') return;
    store.reset();
    backend.reset();
    announcer.say(t('lab.reset.done'));
    terminal.focus();
  });

  // Typing is animated over several frames: a second Run clicked meanwhile waits its turn, or
  // the two commands' characters would interleave into one garbled line.
  let runs: Promise<void> = Promise.resolve();
  const typeAndRun = async (command: string) => {
    const reduced = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    screen.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
    // Clear a half-typed line first (Ctrl+E, Ctrl+U), as a learner would before pasting.
    await terminal.type(`${backend.hasTypedText ? '\x05\x15' : ''}${command}\n`);
    await backend.whenIdle();
  };

  const api: LabApi = {
    store,
    run(command) {
      const turn = runs.then(() => typeAndRun(command));
      runs = turn.catch(() => undefined);
      return turn;
    },
    focus: () => terminal.focus(),
    confirmReset() {
      dialog.returnValue = '';
      dialog.showModal();
    },
  };
  root.dispatchEvent(new CustomEvent('lab:ready', { detail: api }));
  return api;
}
