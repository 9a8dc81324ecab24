/**
 * The terminal backend that runs everything in the page: the shell's session (line editor +
 * interpreter) turns raw key input into command lines and runs them with `az` and `docker` from
 * the simulated CLI; every change to the world goes to the session store. Output is paced by the
 * chunks' `delayMs` (task run logs) and Ctrl+C cancels a running command (both in the shell).
 */
import type { World } from '../model';
import type { ArgumentCompleter } from '../shell/completion';
import { Shell } from '../shell/interpreter';
import { ShellSession } from '../shell/session';
import type { ExternalCommand, Locale, RunOutcome } from '../shell/types';
import { BufferedOutput, type TerminalBackend, type TerminalLike } from './backend';
import type { SessionStore } from './session-store';

/** Reads and replaces the world the commands act on. */
export interface WorldAccess {
  get(): World;
  set(world: World): void;
}

/** What the shell is given: commands by name and, optionally, their argument completers. */
export interface CommandSet {
  commands: ReadonlyMap<string, ExternalCommand>;
  completers?: ReadonlyMap<string, ArgumentCompleter>;
}

export interface SimulatedBackendOptions {
  store: SessionStore;
  locale: Locale;
  /** The shell's external commands (`az`, `docker`) acting on `world`. */
  commands(world: WorldAccess): CommandSet;
  /** A line starts running (the page holds announcements until it ends). */
  onLineStart?(): void;
  /** A line finished or was interrupted. */
  onLineDone?(line: string, outcome: RunOutcome): void;
}

/** Login shell environment, like a Cloud Shell session. */
const ENV = { HOME: '/home/labuser', USER: 'labuser', SHELL: '/bin/bash' };

export class SimulatedBackend implements TerminalBackend {
  private readonly out = new BufferedOutput((data) => this.input(data));
  private readonly shell: Shell;
  private readonly set: CommandSet;
  private session: ShellSession;
  /** Bumped by reset/dispose so output of a command from before never reaches the new screen. */
  private generation = 0;

  constructor(private readonly opts: SimulatedBackendOptions) {
    const { store } = opts;
    this.set = opts.commands({
      get: () => store.world,
      // The editor adds a submitted line to the history before the shell runs it.
      set: (next) => store.setWorld(next, 'command', this.shell.history.at(this.shell.history.length - 1)),
    });
    this.shell = new Shell({ host: { commands: this.set.commands }, locale: opts.locale, env: ENV });
    this.shell.importState(store.state.shell);
    this.session = this.newSession();
  }

  attach(term: TerminalLike): void {
    this.out.attach(term);
    this.resize(term.cols, term.rows);
  }

  /** The line editor re-wraps by columns only; rows do not matter to a line. */
  resize(cols: number, _rows?: number): void {
    this.session.resize(cols);
  }

  /** After the store was reset: cancel what runs, load the start shell state, fresh screen and prompt. */
  reset(): void {
    if (this.session.busy) this.session.input('\x03');
    this.generation += 1;
    this.shell.importState(this.opts.store.state.shell);
    this.out.clear();
    this.session = this.newSession();
  }

  dispose(): void {
    if (this.session.busy) this.session.input('\x03');
    this.generation += 1;
    this.out.dispose();
  }

  /** True when the learner has typed something at the prompt that is not yet submitted. */
  get hasTypedText(): boolean {
    return !this.session.busy && this.session.editor.line !== '';
  }

  /** Resolves when no command runs and no typed-ahead line waits. */
  whenIdle(): Promise<void> {
    return this.session.whenIdle();
  }

  private newSession(): ShellSession {
    const generation = this.generation;
    const session = new ShellSession({
      shell: this.shell,
      cols: this.out.cols,
      write: (data) => {
        if (generation === this.generation && data) this.out.write(data);
      },
      argumentCompleters: this.set.completers,
      onCommandDone: (line, outcome) => {
        if (generation !== this.generation) return;
        this.opts.store.setShell(this.shell.exportState());
        this.opts.onLineDone?.(line, outcome);
      },
    });
    session.start();
    return session;
  }

  private input(data: string): void {
    const wasBusy = this.session.busy;
    this.session.input(data);
    if (!wasBusy && this.session.busy) this.opts.onLineStart?.();
  }
}
