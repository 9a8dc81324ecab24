/**
 * The seam between the terminal widget and whatever runs the commands (the simulated shell
 * today, a WebContainer later). Modelled on TutorialKit's terminal interface: the runtime never
 * imports xterm, so a backend can be tested with a fake terminal and swapped without the UI.
 */

/** A disposable subscription. */
export interface Disposable {
  dispose(): void;
}

/** The six things a backend needs from a terminal (an xterm `Terminal` satisfies it). */
export interface TerminalLike {
  readonly cols: number;
  readonly rows: number;
  /** Writes output; `\r\n` line endings, ANSI escapes allowed. */
  write(data: string): void;
  /** Raw input from the learner (keys, paste), as xterm delivers it. */
  onData(cb: (data: string) => void): Disposable;
  /** Clears the screen and scroll-back. */
  reset(): void;
}

/** Runs commands for one terminal; created before the terminal exists and attached later. */
export interface TerminalBackend {
  /** Connects the terminal: replays output written so far, then streams live. */
  attach(term: TerminalLike): void;
  /** The terminal changed size (the line editor re-wraps its line). */
  resize(cols: number, rows: number): void;
  /** Restarts the session (after "Reset lab"): clears the screen and shows a fresh prompt. */
  reset(): void;
  dispose(): void;
}

/**
 * Output that can be written before the terminal attaches: it is kept and replayed on attach,
 * so a banner or a notice written during start-up is never lost (TutorialKit does the same).
 */
export class BufferedOutput {
  private pending: string[] = [];
  private term: TerminalLike | undefined;
  private inputSub: Disposable | undefined;

  constructor(private readonly onInput: (data: string) => void) {}

  /** The attached terminal's size, or a conventional 80×24 before attach. */
  get cols(): number {
    return this.term?.cols ?? 80;
  }

  get rows(): number {
    return this.term?.rows ?? 24;
  }

  get attached(): boolean {
    return this.term !== undefined;
  }

  write(data: string): void {
    if (this.term) this.term.write(data);
    else this.pending.push(data);
  }

  attach(term: TerminalLike): void {
    this.inputSub?.dispose();
    this.term = term;
    if (this.pending.length) term.write(this.pending.join(''));
    this.pending = [];
    this.inputSub = term.onData((data) => this.onInput(data));
  }

  /** Clears the screen (or, before attach, drops what is buffered). */
  clear(): void {
    this.pending = [];
    this.term?.reset();
  }

  dispose(): void {
    this.inputSub?.dispose();
    this.inputSub = undefined;
    this.term = undefined;
    this.pending = [];
  }
}
