/**
 * Command history, bounded: when full the OLDEST entry is dropped, never the newest
 * (a known bug of some xterm line editors). Shared by the editor (Up/Down, Ctrl+R) and
 * the `history` built-in, and persisted with the shell state.
 */

/** Longer lines run but are not remembered, so persisted state stays small. */
export const MAX_HISTORY_LINE = 8192;

export class History {
  private items: string[] = [];
  /** Entries dropped so far, so `history` numbers stay stable like bash's. */
  private dropped = 0;

  constructor(readonly max = 500) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError('history size must be a positive integer');
  }

  /** Remembers a line; blank lines and a repeat of the previous line are skipped. */
  add(line: string): void {
    if (line.trim() === '' || line.length > MAX_HISTORY_LINE) return;
    if (this.items[this.items.length - 1] === line) return;
    this.items.push(line);
    if (this.items.length > this.max) {
      const excess = this.items.length - this.max;
      this.items.splice(0, excess);
      this.dropped += excess;
    }
  }

  get length(): number {
    return this.items.length;
  }

  at(index: number): string | undefined {
    return this.items[index];
  }

  entries(): readonly string[] {
    return this.items;
  }

  /** The number `history` shows for the oldest kept entry. */
  get firstNumber(): number {
    return this.dropped + 1;
  }

  clear(): void {
    this.items = [];
    this.dropped = 0;
  }

  /** Replaces the entries (restoring saved state), keeping the newest `max`. */
  replace(lines: readonly string[]): void {
    this.clear();
    for (const line of lines) this.add(line);
  }

  /** Index of the newest entry at or before `from` that contains `query`, or -1. */
  searchBackward(query: string, from: number): number {
    for (let i = Math.min(from, this.items.length - 1); i >= 0; i--) {
      if (this.items[i].includes(query)) return i;
    }
    return -1;
  }
}

/** Up/Down through a History; the line being typed is kept as a draft below the newest entry. */
export class HistoryCursor {
  private index = -1;
  private draft = '';

  constructor(private readonly history: History) {}

  /** The line to show after one step (-1 older, +1 newer), or null at either end. */
  step(direction: -1 | 1, current: string): string | null {
    const size = this.history.length;
    if (this.index < 0) {
      this.index = size;
      this.draft = current;
    }
    const next = this.index + direction;
    if (next < 0 || next > size) {
      if (this.index === size) this.index = -1;
      return null;
    }
    this.index = next;
    if (next === size) {
      this.index = -1;
      return this.draft;
    }
    return this.history.at(next) ?? '';
  }

  /** Forget the position (after a line is submitted or cancelled). */
  reset(): void {
    this.index = -1;
  }
}
