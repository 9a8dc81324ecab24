/**
 * Keeps the session store's world and the sandbox's state file in step. `az` in the container
 * rewrites the file after a command (temp file + rename, see src/cli/bin/state-file.ts), so the
 * folder is watched and the file re-read; changes made outside the shell (Reset, the portal
 * blade) are written back. The last text both sides agree on stops the two from echoing.
 */
import { parseWorld, serializeWorld, type World } from '../../model';
import type { SessionStore } from '../session-store';
import type { FileSystemLike, WatcherLike } from './container';
import { STATE_DIR, STATE_FILE, stateText } from './files';

/** What a read of the state file found. */
export type PullResult =
  | { kind: 'unchanged' }
  | { kind: 'updated'; world: World }
  /** Missing in the middle of a rename, or not a valid world: the store keeps its world. */
  | { kind: 'unreadable'; error: string };

export interface StateSyncOptions {
  fs: FileSystemLike;
  store: SessionStore;
  /** Watch events arrive in bursts (temp file, rename); one read per burst. */
  debounceMs?: number;
}

const TEMP_FILE = `${STATE_FILE}.tmp-lab`;

export class StateSync {
  private agreed: string;
  private watcher: WatcherLike | undefined;
  private unsubscribe: (() => void) | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private reading: Promise<PullResult> | undefined;
  private stopped = false;

  constructor(private readonly opts: StateSyncOptions) {
    this.agreed = serializeWorld(opts.store.world);
  }

  /** Writes the store's world to the file, then follows both sides until `stop()`. */
  async start(): Promise<void> {
    await this.write(this.opts.store.world);
    // Stopped while writing (a start that timed out): follow nothing.
    if (this.stopped) return;
    this.watcher = this.opts.fs.watch(STATE_DIR, () => this.schedulePull());
    this.unsubscribe = this.opts.store.on('world', (change) => {
      if (serializeWorld(change.world) !== this.agreed) void this.write(change.world).catch(() => undefined);
    });
  }

  /** Re-reads soon (coalescing a burst of calls); also used when shell output goes quiet. */
  schedulePull(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.pull(), this.opts.debounceMs ?? 40);
  }

  /** Reads the file now; a changed world goes to the store as a command's change. */
  pull(): Promise<PullResult> {
    // One read at a time, so an older read can never overwrite a newer world.
    const next = (this.reading ?? Promise.resolve<PullResult>({ kind: 'unchanged' })).then(() => this.readOnce());
    this.reading = next;
    return next;
  }

  /** Stops watching; a last `pull()` before it carries the final world across. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.watcher?.close();
    this.unsubscribe?.();
  }

  private async readOnce(): Promise<PullResult> {
    let text: string;
    try {
      text = await this.opts.fs.readFile(STATE_FILE, 'utf-8');
    } catch (e) {
      return { kind: 'unreadable', error: e instanceof Error ? e.message : String(e) };
    }
    let parsed: ReturnType<typeof parseWorld>;
    try {
      parsed = parseWorld(JSON.parse(text));
    } catch (e) {
      return { kind: 'unreadable', error: e instanceof Error ? e.message : String(e) };
    }
    if (!parsed.ok) return { kind: 'unreadable', error: parsed.error };
    const serialized = serializeWorld(parsed.world);
    if (serialized === this.agreed || serialized === serializeWorld(this.opts.store.world)) {
      this.agreed = serialized;
      return { kind: 'unchanged' };
    }
    this.agreed = serialized;
    this.opts.store.setWorld(parsed.world, 'command');
    return { kind: 'updated', world: parsed.world };
  }

  /** Same atomic write as the headless entry: a reader never sees half a file. */
  private async write(world: World): Promise<void> {
    const serialized = serializeWorld(world);
    this.agreed = serialized;
    await this.opts.fs.writeFile(TEMP_FILE, stateText(serialized));
    await this.opts.fs.rename(TEMP_FILE, STATE_FILE);
  }
}
