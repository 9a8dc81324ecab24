/**
 * A terminal session without a terminal: joins the line editor and the shell. The lab's
 * xterm glue only forwards `term.onData` to `input()` and writes what `write` receives;
 * tests drive it with strings.
 */
import { createCompleter, type ArgumentCompleter } from './completion';
import type { Completer } from './editor/completion-ui';
import { type EditorStep, LineEditor } from './editor/editor';
import type { Shell } from './interpreter';
import type { RunOutcome } from './types';

export interface ShellSessionOptions {
  shell: Shell;
  /** Receives terminal output (ANSI, `\r\n` newlines). */
  write: (data: string) => void;
  cols?: number;
  prompt?: string;
  /** Argument completers by command (`az`, `docker`); ignored when `completer` is given. */
  argumentCompleters?: ReadonlyMap<string, ArgumentCompleter>;
  completer?: Completer;
  /** After each command: persist state, re-check lesson goals... */
  onCommandDone?: (line: string, outcome: RunOutcome) => void;
  /** Ctrl+L was pressed (the output already clears the screen). */
  onClear?: () => void;
}

/** Terminals move down with `\n` without returning to column 0; commands print bare `\n`. */
export function toTerminalNewlines(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

export class ShellSession {
  readonly editor: LineEditor;
  private controller: AbortController | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly opts: ShellSessionOptions) {
    const shell = opts.shell;
    const completer =
      opts.completer ??
      createCompleter({
        commandNames: () => shell.commandNames(),
        variableNames: () => shell.variableNames(),
        argumentCompleters: opts.argumentCompleters,
      });
    this.editor = new LineEditor({ history: shell.history, cols: opts.cols, prompt: opts.prompt, completer });
  }

  /** Shows the first prompt. */
  start(): void {
    this.apply(this.editor.ready());
  }

  /** Raw terminal input (xterm `onData`). */
  input(data: string): void {
    this.apply(this.editor.feed(data));
  }

  resize(cols: number): void {
    this.apply(this.editor.resize(cols));
  }

  get busy(): boolean {
    return this.running !== null;
  }

  /** Resolves once no command runs and no queued line waits (for tests and "Run" buttons). */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running;
  }

  private apply(step: EditorStep): void {
    if (step.output) this.opts.write(step.output);
    for (const event of step.events) {
      if (event.type === 'submit') this.running = this.execute(event.line);
      else if (event.type === 'interrupt') this.controller?.abort();
      else this.opts.onClear?.();
    }
  }

  private async execute(line: string): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    const outcome = await this.opts.shell.run(line, (chunk) => this.opts.write(toTerminalNewlines(chunk.text)), controller.signal);
    this.controller = null;
    this.running = null;
    try {
      this.opts.onCommandDone?.(line, outcome);
    } finally {
      // May submit the next queued line, which sets `running` again.
      this.apply(this.editor.ready({ endsWithNewline: outcome.endsWithNewline }));
    }
  }
}
