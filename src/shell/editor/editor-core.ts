/**
 * State and line-level operations of the line editor (accept, completion, prompt redraw);
 * `editor.ts` adds key dispatch on top. Split only to keep each file readable.
 */
import { LIMITS } from '../lang/limits';
import { needsMoreInput } from '../lang/parser';
import { type Completer, formatColumns, planCompletion } from './completion-ui';
import { History, HistoryCursor } from './history';
import { InputQueue, KeyReader } from './keys';
import { LineBuffer } from './line-buffer';
import { Renderer, type View } from './render';
import { type SearchState, searchView } from './search';

export type EditorEvent = { type: 'submit'; line: string } | { type: 'interrupt' } | { type: 'clear' };

export interface EditorStep {
  /** Terminal output (ANSI sequences, `\r\n` newlines). */
  output: string;
  events: EditorEvent[];
}

export interface EditorOptions {
  prompt?: string;
  continuationPrompt?: string;
  cols?: number;
  /** Shared with the shell's `history` built-in. */
  history?: History;
  completer?: Completer;
  /** Whether text is an unfinished command; default: the shell grammar's answer. */
  needsMoreInput?: (text: string) => boolean;
  maxLineChars?: number;
}

export const BELL = '\x07';

export class EditorCore {
  readonly history: History;
  prompt: string;
  continuationPrompt: string;
  protected mode: 'busy' | 'idle' | 'search' = 'busy';
  protected readonly buf: LineBuffer;
  protected readonly renderer: Renderer;
  protected readonly reader = new KeyReader();
  /** Type-ahead while busy; bounded so a runaway paste cannot exhaust memory. */
  protected readonly queue = new InputQueue(16 * LIMITS.maxInputChars);
  protected readonly nav: HistoryCursor;
  /** Earlier lines of an unfinished command (open quote, trailing `\`). */
  protected pending: string[] = [];
  protected search: SearchState | null = null;
  protected out = '';
  protected events: EditorEvent[] = [];

  constructor(protected readonly opts: EditorOptions = {}) {
    this.history = opts.history ?? new History();
    this.nav = new HistoryCursor(this.history);
    this.prompt = opts.prompt ?? '$ ';
    this.continuationPrompt = opts.continuationPrompt ?? '> ';
    this.buf = new LineBuffer(opts.maxLineChars ?? LIMITS.maxInputChars);
    this.renderer = new Renderer(Math.max(1, opts.cols ?? 80));
  }

  get state(): 'busy' | 'idle' | 'search' {
    return this.mode;
  }

  get line(): string {
    return this.buf.text;
  }

  /** Cursor as a UTF-16 offset into `line`. */
  get cursor(): number {
    return this.buf.cursor;
  }

  protected flush(): EditorStep {
    const step = { output: this.out, events: this.events };
    this.out = '';
    this.events = [];
    return step;
  }

  protected view(): View {
    if (this.search) return searchView(this.search);
    const prompt = this.pending.length > 0 ? this.continuationPrompt : this.prompt;
    return { prompt, text: this.buf.text, cursor: this.buf.cursor };
  }

  protected redraw(): void {
    this.out += this.renderer.draw(this.view());
  }

  /** Empties the line and shows a fresh prompt on the current (new) line. */
  protected startLine(): void {
    this.buf.set('');
    this.pending = [];
    this.nav.reset();
    this.redraw();
  }

  /** Enter: submit, or ask for a continuation line (`> `) while the command is unfinished. */
  protected accept(): void {
    const full = [...this.pending, this.buf.text].join('\n');
    this.out += this.renderer.finish(this.view());
    if (this.pending.length === 0 && full.trim() === '') return this.startLine();
    if ((this.opts.needsMoreInput ?? needsMoreInput)(full)) {
      this.pending = full.split('\n');
      this.buf.set('');
      return this.redraw();
    }
    this.buf.set('');
    this.pending = [];
    this.nav.reset();
    this.history.add(full);
    this.events.push({ type: 'submit', line: full });
    this.mode = 'busy';
  }

  protected complete(): void {
    const plan = planCompletion(this.opts.completer, this.buf.text, this.buf.cursor);
    if (plan.kind === 'none') this.out += BELL;
    else if (plan.kind === 'edit') {
      if (!this.buf.replaceBeforeCursor(plan.replaceFrom, plan.text)) this.out += BELL;
      this.redraw();
    } else {
      this.out += `${this.renderer.finish(this.view())}${formatColumns(plan.candidates, this.renderer.cols)}\r\n`;
      this.redraw();
    }
  }
}
