/**
 * The line being edited. The cursor is a UTF-16 offset that always sits on a grapheme
 * boundary, so Backspace removes a whole Hangul syllable or accented letter, never half of one.
 */
import { boundaries } from './width';

/** Readline's "word" for Alt+B/F/D and Alt+Backspace: letters and digits (any script). */
const WORD_CHAR = /[\p{L}\p{N}_]/u;

export class LineBuffer {
  text = '';
  cursor = 0;
  /** Last killed text, for Ctrl+Y. */
  private killed = '';

  constructor(readonly maxChars: number) {}

  set(text: string, cursor = text.length): void {
    this.text = text;
    this.cursor = cursor;
  }

  /** Inserts at the cursor; returns false (nothing inserted) when it would pass the size limit. */
  insert(text: string): boolean {
    if (this.text.length + text.length > this.maxChars) return false;
    this.text = this.text.slice(0, this.cursor) + text + this.text.slice(this.cursor);
    this.cursor += text.length;
    this.snap();
    return true;
  }

  /** Replaces `[from, cursor)` (completion). */
  replaceBeforeCursor(from: number, text: string): boolean {
    const start = Math.max(0, Math.min(from, this.cursor));
    if (this.text.length - (this.cursor - start) + text.length > this.maxChars) return false;
    this.text = this.text.slice(0, start) + text + this.text.slice(this.cursor);
    this.cursor = start + text.length;
    this.snap();
    return true;
  }

  atEnd(): boolean {
    return this.cursor === this.text.length;
  }

  left(): void {
    this.cursor = this.prev(this.cursor);
  }

  right(): void {
    this.cursor = this.next(this.cursor);
  }

  home(): void {
    this.cursor = 0;
  }

  end(): void {
    this.cursor = this.text.length;
  }

  backspace(): void {
    const p = this.prev(this.cursor);
    this.text = this.text.slice(0, p) + this.text.slice(this.cursor);
    this.cursor = p;
  }

  deleteChar(): void {
    this.text = this.text.slice(0, this.cursor) + this.text.slice(this.next(this.cursor));
  }

  wordLeft(): void {
    this.cursor = this.wordStart(this.cursor, (g) => WORD_CHAR.test(g));
  }

  wordRight(): void {
    const b = boundaries(this.text);
    let i = b.indexOf(this.cursor);
    while (i < b.length - 1 && !WORD_CHAR.test(this.text.slice(b[i], b[i + 1]))) i++;
    while (i < b.length - 1 && WORD_CHAR.test(this.text.slice(b[i], b[i + 1]))) i++;
    this.cursor = b[i];
  }

  killToStart(): void {
    this.kill(0, this.cursor);
  }

  killToEnd(): void {
    this.kill(this.cursor, this.text.length);
  }

  /** Ctrl+W: back to the previous whitespace (readline's unix-word-rubout). */
  killWordBack(): void {
    this.kill(this.wordStart(this.cursor, (g) => !/\s/.test(g)), this.cursor);
  }

  /** Alt+Backspace: back to the start of the previous alphanumeric word. */
  killWordBackAlnum(): void {
    this.kill(this.wordStart(this.cursor, (g) => WORD_CHAR.test(g)), this.cursor);
  }

  killWordForward(): void {
    const from = this.cursor;
    this.wordRight();
    this.kill(from, this.cursor);
  }

  yank(): boolean {
    return this.killed !== '' && this.insert(this.killed);
  }

  private kill(from: number, to: number): void {
    if (to <= from) return;
    this.killed = this.text.slice(from, to);
    this.text = this.text.slice(0, from) + this.text.slice(to);
    this.cursor = from;
  }

  /** Start of the word before `at`: skip non-word graphemes, then word graphemes. */
  private wordStart(at: number, isWord: (g: string) => boolean): number {
    const b = boundaries(this.text);
    let i = b.indexOf(at);
    while (i > 0 && !isWord(this.text.slice(b[i - 1], b[i]))) i--;
    while (i > 0 && isWord(this.text.slice(b[i - 1], b[i]))) i--;
    return b[i];
  }

  private prev(at: number): number {
    const b = boundaries(this.text);
    let i = b.length - 1;
    while (i > 0 && b[i] >= at) i--;
    return b[i];
  }

  private next(at: number): number {
    for (const x of boundaries(this.text)) if (x > at) return x;
    return this.text.length;
  }

  /** After an insert a combining mark may have merged into the previous grapheme. */
  private snap(): void {
    const b = boundaries(this.text);
    if (!b.includes(this.cursor)) this.cursor = b.find((x) => x > this.cursor) ?? this.text.length;
  }
}
