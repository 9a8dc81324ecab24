/**
 * The sandbox terminal backend: the xterm island talks straight to `jsh`, the WebContainer's
 * shell, through a pseudo-terminal; `az` in that shell is the bundled headless CLI working on
 * the state file, which StateSync mirrors into the session store so the outcome matrix and the
 * steps follow. Line editing, history and completion are jsh's own in this mode.
 */
import { BufferedOutput, type TerminalBackend, type TerminalLike } from '../backend';
import type { SessionStore } from '../session-store';
import type { ContainerLike, ProcessLike } from './container';
import { shellEnv } from './files';
import { StateSync } from './state-sync';

export interface WebContainerBackendOptions {
  container: ContainerLike;
  store: SessionStore;
  /** Written before the shell's first prompt (page language). */
  banner: string;
  /** Written when the shell exited (e.g. `exit`) and a new one starts. */
  restarted: string;
  /** The shell cannot be (re)started: the caller falls back to the simulator. */
  onFailure(error: string): void;
  /** Watch-event debounce of the state sync (tests shorten it). */
  debounceMs?: number;
}

/** More exits than this within RESTART_WINDOW_MS means the shell cannot stay up. */
const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 10_000;

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export class WebContainerBackend implements TerminalBackend {
  private readonly out = new BufferedOutput((data) => this.input(data));
  private readonly sync: StateSync;
  private process: ProcessLike | undefined;
  private writer: WritableStreamDefaultWriter<string> | undefined;
  /** Bumped whenever a shell is replaced, so a dead shell's output and exit are ignored. */
  private generation = 0;
  private disposed = false;
  private exits: number[] = [];

  constructor(private readonly opts: WebContainerBackendOptions) {
    this.sync = new StateSync({ fs: opts.container.fs, store: opts.store, debounceMs: opts.debounceMs });
  }

  /** Writes the world to the state file and starts the shell; rejects if either fails. */
  async start(): Promise<void> {
    await this.sync.start();
    this.out.write(this.opts.banner);
    await this.spawnShell();
  }

  attach(term: TerminalLike): void {
    this.out.attach(term);
    this.resize(term.cols, term.rows);
  }

  resize(cols: number, rows: number): void {
    this.process?.resize({ cols, rows });
  }

  /** After "Reset lab": the store already holds the start world (StateSync wrote it); new shell. */
  reset(): void {
    this.endShell();
    this.out.clear();
    this.spawnShell().catch((e: unknown) => this.fail(e));
  }

  /** Reads the state file one last time (so the world crosses back), then disposes. */
  async stop(): Promise<void> {
    await this.sync.pull();
    this.dispose();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.sync.stop();
    this.endShell();
    this.out.dispose();
  }

  /** Reads the state file now (tests and the mode switch use it). */
  pull() {
    return this.sync.pull();
  }

  private async spawnShell(): Promise<void> {
    const { container } = this.opts;
    const generation = ++this.generation;
    const proc = await container.spawn('jsh', [], {
      env: shellEnv(container.workdir, container.path),
      terminal: { cols: this.out.cols, rows: this.out.rows },
    });
    if (generation !== this.generation || this.disposed) {
      proc.kill();
      return;
    }
    this.process = proc;
    this.writer = proc.input.getWriter();
    const current = () => generation === this.generation && !this.disposed;
    void proc.output
      .pipeTo(
        new WritableStream<string>({
          write: (chunk) => {
            if (!current()) return;
            this.out.write(chunk);
            // Output going quiet (the next prompt) is when a command has finished: re-read
            // the state file then too, in case a watch event was missed.
            this.sync.schedulePull();
          },
        }),
      )
      .catch(() => undefined);
    void proc.exit.then(
      () => current() && this.restart(),
      (e: unknown) => current() && this.fail(e),
    );
  }

  private restart(): void {
    const now = Date.now();
    this.exits = [...this.exits.filter((t) => now - t < RESTART_WINDOW_MS), now];
    if (this.exits.length > MAX_RESTARTS) return this.fail(new Error('the shell keeps exiting'));
    void this.sync.pull();
    this.out.write(this.opts.restarted);
    this.spawnShell().catch((e: unknown) => this.fail(e));
  }

  private fail(e: unknown): void {
    if (this.disposed) return;
    this.opts.onFailure(message(e));
  }

  private endShell(): void {
    this.generation += 1;
    try {
      this.writer?.releaseLock();
    } catch {
      // A pending write still holds the lock; the process is killed below anyway.
    }
    this.writer = undefined;
    this.process?.kill();
    this.process = undefined;
  }

  private input(data: string): void {
    this.writer?.write(data).catch(() => undefined);
  }
}
