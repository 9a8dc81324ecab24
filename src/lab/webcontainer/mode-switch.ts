/**
 * Switching one lab terminal between the in-page simulator (the default, always there) and the
 * Node sandbox. The simulator stays attached until the sandbox's shell is actually running, so
 * a slow or failed start costs the learner nothing: every failure lands back in the simulator
 * with the session (world, variables, history, progress) as it was. The world crosses in both
 * directions through the session store, which the state file mirrors while the sandbox runs.
 */
import { serializeWorld } from '../../model';
import type { TerminalBackend, TerminalLike } from '../backend';
import type { SessionStore } from '../session-store';
import { race, type BootFailure, type BootStep, type ContainerHost } from './boot';
import { WebContainerBackend } from './webcontainer-backend';

export type Mode = 'simulator' | 'starting' | 'sandbox';

/** Why the lab is back in the simulator without the learner asking. */
export type FallbackReason = BootFailure | { kind: 'crashed'; error: string };

export interface ModeSwitchOptions {
  host: ContainerHost;
  store: SessionStore;
  /** The in-page backend, attached to `term` when the switch is created. */
  simulated: TerminalBackend;
  term: TerminalLike;
  /** Default deadline for the whole start (boot, download, mount, shell). */
  timeoutMs: number;
  texts: { banner: string; restarted: string };
  onStep(step: BootStep): void;
  onMode(mode: Mode): void;
  onFallback(reason: FallbackReason): void;
  /** State-file watch debounce (tests shorten it). */
  debounceMs?: number;
}

export class ModeSwitch {
  private currentMode: Mode = 'simulator';
  private sandbox: WebContainerBackend | undefined;
  private abort: AbortController | undefined;

  constructor(private readonly opts: ModeSwitchOptions) {
    opts.store.on('reset', () => this.sandbox?.reset());
  }

  get mode(): Mode {
    return this.currentMode;
  }

  /** Starts the sandbox and moves the terminal to it; false (after `onFallback`) if it failed. */
  async toSandbox(timeoutMs = this.opts.timeoutMs): Promise<boolean> {
    if (this.currentMode !== 'simulator') return false;
    const { host, store, term } = this.opts;
    this.setMode('starting');
    this.abort = new AbortController();
    const deadline = { at: Date.now() + timeoutMs, signal: this.abort.signal };
    const prepared = await host.prepare(serializeWorld(store.world), deadline, (step) => this.opts.onStep(step));
    if (!prepared.ok) return this.fallBack(prepared.failure);

    this.opts.onStep('shell');
    const backend = new WebContainerBackend({
      container: prepared.value,
      store,
      banner: this.opts.texts.banner,
      restarted: this.opts.texts.restarted,
      debounceMs: this.opts.debounceMs,
      onFailure: (error) => void this.crashed(backend, error),
    });
    const started = await race('shell', () => backend.start(), deadline);
    if (!started.ok) {
      backend.dispose();
      // A shell that never came up may have left the container unusable: boot afresh next time.
      host.discard();
      return this.fallBack(started.failure);
    }
    this.abort = undefined;
    this.opts.simulated.dispose();
    term.reset();
    backend.attach(term);
    this.sandbox = backend;
    this.setMode('sandbox');
    return true;
  }

  /** Ends a start in progress with `failure` (e.g. the page's CSP refused StackBlitz's frame). */
  cancel(failure: BootFailure): void {
    this.abort?.abort(failure);
  }

  /** Back to the simulator, carrying the sandbox's last world across. */
  async toSimulator(): Promise<void> {
    const sandbox = this.sandbox;
    if (this.currentMode !== 'sandbox' || !sandbox) return;
    this.sandbox = undefined;
    await sandbox.stop();
    this.reattachSimulator();
  }

  /** The terminal changed size: the active backend needs to know. */
  resize(cols: number, rows: number): void {
    this.sandbox?.resize(cols, rows);
  }

  private async crashed(backend: WebContainerBackend, error: string): Promise<void> {
    if (this.sandbox !== backend) return;
    this.sandbox = undefined;
    await backend.stop().catch(() => backend.dispose());
    this.opts.host.discard();
    this.reattachSimulator();
    this.opts.onFallback({ kind: 'crashed', error });
  }

  private reattachSimulator(): void {
    const { simulated, term } = this.opts;
    simulated.attach(term);
    // A fresh prompt, with the shell variables and history the store kept for the simulator.
    simulated.reset();
    this.setMode('simulator');
  }

  private fallBack(failure: BootFailure): false {
    this.abort = undefined;
    this.setMode('simulator');
    this.opts.onFallback(failure);
    return false;
  }

  private setMode(mode: Mode): void {
    this.currentMode = mode;
    this.opts.onMode(mode);
  }
}
