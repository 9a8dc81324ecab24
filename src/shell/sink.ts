/**
 * Where a command's output goes: the terminal (paced by `delayMs`, cut short by Ctrl+C) or
 * a `$(...)` capture (stdout kept, stderr passed through to the terminal as bash does).
 */
import type { OutputChunk, ShellIo } from './types';
import { ShellError } from './lang/errors';
import { LIMITS } from './lang/limits';

/** Thrown inside the interpreter when the run's AbortSignal fires; caught by `Shell.run`. */
export class Interrupted {}

/** Waits `ms` or until the signal aborts, whichever is first. */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export const timerSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });

export interface Sink {
  readonly isTty: boolean;
  readonly signal: AbortSignal;
  write(chunk: OutputChunk): Promise<void>;
  /** Pauses (when pacing is on) and throws Interrupted once aborted. */
  pause(ms: number): Promise<void>;
}

export class TerminalSink implements Sink {
  endsWithNewline = true;

  constructor(
    private readonly io: ShellIo,
    readonly signal: AbortSignal,
    /** Null: ignore `delayMs` (headless, tests). */
    private readonly sleep: Sleep | null,
    readonly isTty: boolean,
  ) {}

  async pause(ms: number): Promise<void> {
    if (this.signal.aborted) throw new Interrupted();
    if (ms > 0 && this.sleep) await this.sleep(ms, this.signal);
    if (this.signal.aborted) throw new Interrupted();
  }

  async write(chunk: OutputChunk): Promise<void> {
    await this.pause(chunk.delayMs ?? 0);
    if (chunk.text === '') return;
    this.io({ stream: chunk.stream, text: chunk.text });
    this.endsWithNewline = chunk.text.endsWith('\n');
  }
}

export class CaptureSink implements Sink {
  stdout = '';
  readonly isTty = false;

  constructor(private readonly parent: Sink) {}

  get signal(): AbortSignal {
    return this.parent.signal;
  }

  pause(ms: number): Promise<void> {
    return this.parent.pause(ms);
  }

  async write(chunk: OutputChunk): Promise<void> {
    if (chunk.stream === 'stderr') return this.parent.write(chunk);
    await this.parent.pause(chunk.delayMs ?? 0);
    if (this.stdout.length + chunk.text.length > LIMITS.maxValueChars) {
      throw new ShellError(`command substitution: output too large (more than ${LIMITS.maxValueChars} characters)`, 1);
    }
    this.stdout += chunk.text;
  }
}

/** `$(...)` drops all trailing newlines (a loop, not a regex, to stay linear on hostile output). */
export function stripTrailingNewlines(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '\n') end--;
  return text.slice(0, end);
}
