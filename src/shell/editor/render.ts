/**
 * Draws the prompt and line with ANSI cursor moves, aware of wrapping at `cols` and of
 * wide characters. Positions are rows/columns relative to where the prompt starts (always
 * column 0). After writing into the last column a terminal waits to wrap; writing ` \r`
 * there (as readline does) makes it wrap for real, so the tracked position stays true.
 */
import { displayOf, graphemeWidth, graphemes, stripAnsi } from './width';

export interface Pos {
  row: number;
  col: number;
}

/** What is on screen: prompt, text and cursor (a UTF-16 offset into `text`). */
export interface View {
  prompt: string;
  text: string;
  cursor: number;
}

/** Start position of each grapheme and the end position, for cells of the given widths. */
export function place(widths: number[], cols: number): Pos[] {
  const out: Pos[] = [];
  let row = 0;
  let col = 0;
  for (const w of widths) {
    if (col + w > cols && col > 0) {
      row++;
      col = 0;
    }
    out.push({ row, col });
    col += w;
    if (col >= cols) {
      row++;
      col = 0;
    }
  }
  out.push({ row, col });
  return out;
}

interface Layout {
  /** Text to write after the prompt (control characters in caret notation). */
  shown: string;
  /** Position of the cursor and of the end of the text. */
  cursor: Pos;
  end: Pos;
}

export function layoutView(view: View, cols: number): Layout {
  const promptCells = graphemes(stripAnsi(view.prompt)).map(graphemeWidth);
  const parts = graphemes(view.text);
  const positions = place([...promptCells, ...parts.map(graphemeWidth)], cols);
  let offset = 0;
  let index = promptCells.length;
  for (const g of parts) {
    if (offset >= view.cursor) break;
    offset += g.length;
    index++;
  }
  return { shown: parts.map(displayOf).join(''), cursor: positions[index], end: positions[positions.length - 1] };
}

/** Relative cursor movement between two positions of the drawn area. */
export function moveCursor(from: Pos, to: Pos): string {
  let s = '';
  if (to.row < from.row) s += `\x1b[${from.row - to.row}A`;
  else if (to.row > from.row) s += `\x1b[${to.row - from.row}B`;
  if (to.col !== from.col) s += to.col > 0 ? `\r\x1b[${to.col}C` : '\r';
  return s;
}

export class Renderer {
  /** Where the terminal cursor is now, relative to the prompt's start. */
  private at: Pos = { row: 0, col: 0 };

  constructor(public cols: number) {}

  /** Redraws everything from the prompt's start and erases what is left of an older, longer line. */
  draw(view: View): string {
    const l = layoutView(view, this.cols);
    const s = moveCursor(this.at, { row: 0, col: 0 }) +
      view.prompt + l.shown + this.wrapFix(l.end) + '\x1b[J' + moveCursor(l.end, l.cursor);
    this.at = l.cursor;
    return s;
  }

  /** Fast path for typing at the end of the line: just the new characters. */
  append(view: View, inserted: string): string {
    const l = layoutView(view, this.cols);
    const shown = graphemes(inserted).map(displayOf).join('');
    this.at = l.end;
    return shown + this.wrapFix(l.end);
  }

  /** Moves the cursor only (arrows, Home/End). */
  moveTo(view: View): string {
    const l = layoutView(view, this.cols);
    const s = moveCursor(this.at, l.cursor);
    this.at = l.cursor;
    return s;
  }

  /** Leaves the line (after writing `suffix`, e.g. `^C`) on a new line; the next draw starts there. */
  finish(view: View, suffix = ''): string {
    const l = layoutView(view, this.cols);
    const s = `${moveCursor(this.at, l.end)}${suffix}\r\n`;
    this.at = { row: 0, col: 0 };
    return s;
  }

  /** The screen was cleared or a fresh line started: the next draw begins at the top-left of the area. */
  reset(): void {
    this.at = { row: 0, col: 0 };
  }

  /** After the terminal reflowed to `cols`, the cursor sits where the new layout puts it. */
  resize(cols: number, view: View): void {
    this.cols = Math.max(1, cols);
    this.at = layoutView(view, this.cols).cursor;
  }

  private wrapFix(end: Pos): string {
    return end.col === 0 && end.row > 0 ? ' \r' : '';
  }
}
