/**
 * The lab session of one scenario: the simulated world, the shell's variables and history, and
 * step progress, saved to localStorage after every change. Widgets subscribe to its bus.
 */
import type { World } from '../model';
import type { ShellState } from '../shell/types';
import { createEventBus, type EventBus, type Unsubscribe } from './event-bus';
import { readSession, sessionKey, writeSession, type SessionState } from './session-schema';

export type { SessionState };

/** Who changed the world: a typed command, the portal blade, a reset, or the initial load. */
export type ChangeCause = 'command' | 'portal' | 'reset' | 'load';

export interface WorldChange {
  world: World;
  previous: World;
  cause: ChangeCause;
  /** The command line, when `cause` is `command`. */
  command?: string;
}

/** Something the learner should be told about the stored session. */
export type SessionNotice =
  | { kind: 'corrupt'; error: string }
  | { kind: 'future'; error: string }
  | { kind: 'no-storage' };

export interface SessionEvents extends Record<string, unknown> {
  world: WorldChange;
  progress: { achieved: readonly string[] };
  reset: { state: SessionState };
  notice: SessionNotice;
}

/** The subset of the Web Storage API the store uses (tests pass a Map-backed fake). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** localStorage when the browser allows it; `null` when access throws (blocked cookies, sandbox). */
export function browserStorage(): StorageLike | null {
  try {
    const storage = globalThis.localStorage;
    const probe = 'acr-lab:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

const clone = <T>(value: T): T => structuredClone(value);

/** When the store writes: `now` on every change, or coalesced by a scheduler the page supplies. */
export interface SaveTiming {
  /** Runs `save` later (once per burst of changes). Without one, every change saves at once. */
  schedule?(save: () => void): void;
}

export class SessionStore {
  readonly bus: EventBus<SessionEvents> = createEventBus<SessionEvents>();
  private current: SessionState;
  /** Notices found while loading, kept so a widget that subscribes later can still show them. */
  readonly notices: SessionNotice[] = [];

  /**
   * Loads the stored session of `scenarioId`, or starts from `start` when there is none or it is
   * unreadable (then a notice says so and the bad data is overwritten).
   */
  private savePending = false;

  constructor(
    readonly scenarioId: string,
    private readonly start: SessionState,
    private readonly storage: StorageLike | null,
    private readonly timing: SaveTiming = {},
  ) {
    this.current = clone(start);
    if (!storage) {
      this.notices.push({ kind: 'no-storage' });
      return;
    }
    let text: string | null = null;
    try {
      text = storage.getItem(sessionKey(scenarioId));
    } catch {
      this.notices.push({ kind: 'no-storage' });
    }
    const read = readSession(text, scenarioId);
    if (read.kind === 'ok') this.current = read.state;
    else if (read.kind === 'refused') {
      this.notices.push({ kind: read.reason, error: read.error });
      this.save();
    }
  }

  get state(): Readonly<SessionState> {
    return this.current;
  }

  get world(): World {
    return this.current.world;
  }

  on: EventBus<SessionEvents>['on'] = (type, listener): Unsubscribe => this.bus.on(type, listener);

  /** Replaces the world; listeners hear about it only when it actually changed. */
  setWorld(world: World, cause: ChangeCause, command?: string): void {
    const previous = this.current.world;
    if (world === previous) return;
    this.current = { ...this.current, world };
    this.save();
    this.bus.emit('world', command === undefined ? { world, previous, cause } : { world, previous, cause, command });
  }

  setShell(shell: ShellState): void {
    this.current = { ...this.current, shell };
    this.save();
  }

  /** Records completed steps (union with the ones already done). */
  achieve(stepIds: readonly string[]): void {
    const fresh = stepIds.filter((id) => !this.current.achieved.includes(id));
    if (!fresh.length) return;
    this.current = { ...this.current, achieved: [...this.current.achieved, ...fresh] };
    this.save();
    this.bus.emit('progress', { achieved: this.current.achieved });
  }

  /** Back to the scenario's start: world, variables, history and progress. */
  reset(): void {
    const previous = this.current.world;
    this.current = clone(this.start);
    this.save();
    this.bus.emit('reset', { state: this.current });
    this.bus.emit('world', { world: this.current.world, previous, cause: 'reset' });
    this.bus.emit('progress', { achieved: this.current.achieved });
  }

  /** Writes a pending change now (the page calls this when it is being hidden or unloaded). */
  flush(): void {
    if (this.savePending) this.write();
  }

  /** A command changes the world, the shell and progress in one go: one write, not three. */
  private save(): void {
    if (!this.storage) return;
    if (!this.timing.schedule) return this.write();
    if (this.savePending) return;
    this.savePending = true;
    this.timing.schedule(() => this.flush());
  }

  private write(): void {
    this.savePending = false;
    if (!this.storage) return;
    try {
      this.storage.setItem(sessionKey(this.scenarioId), writeSession(this.current, this.scenarioId));
    } catch {
      // Quota exceeded or storage revoked mid-session: keep working in memory, say so once.
      if (!this.notices.some((n) => n.kind === 'no-storage')) {
        const notice: SessionNotice = { kind: 'no-storage' };
        this.notices.push(notice);
        this.bus.emit('notice', notice);
      }
    }
  }
}
