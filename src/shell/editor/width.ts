/**
 * Terminal cell widths, matching xterm.js's default Unicode 6 table: East Asian wide
 * characters (Hangul syllables and jamo, CJK, fullwidth forms) take 2 cells, combining marks 0,
 * and the cursor moves over whole graphemes (a syllable, a letter with its accents).
 */

const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x2329, 0x232a], [0x2e80, 0x303e], [0x3040, 0xa4cf], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6],
  [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

/** Combining and format characters draw in the previous cell (Hangul medial/final jamo too). */
const ZERO = /^[\p{Mn}\p{Me}\p{Cf}\u1160-\u11ff]$/u;

/** Cells one code point takes; control characters are shown as `^X` by `displayOf`. */
export function codePointWidth(cp: number): number {
  if (cp < 0x20 || cp === 0x7f) return 2;
  if (cp < 0x7f) return 1;
  if (cp < 0xa0) return 0;
  for (const [lo, hi] of WIDE) if (cp >= lo && cp <= hi) return 2;
  return ZERO.test(String.fromCodePoint(cp)) ? 0 : 1;
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/** Splits text into user-perceived characters (falls back to code points without Intl.Segmenter). */
export function graphemes(text: string): string[] {
  if (!segmenter) return Array.from(text);
  const out: string[] = [];
  for (const s of segmenter.segment(text)) out.push(s.segment);
  return out;
}

/** UTF-16 offsets of every grapheme boundary, 0 and text.length included. */
export function boundaries(text: string): number[] {
  const out = [0];
  let at = 0;
  for (const g of graphemes(text)) out.push((at += g.length));
  return out;
}

/** How a grapheme is drawn: control characters in caret notation (`^C`), like readline. */
export function displayOf(g: string): string {
  const cp = g.codePointAt(0) ?? 0;
  if (cp < 0x20) return `^${String.fromCharCode(cp + 64)}`;
  if (cp === 0x7f) return '^?';
  if (cp >= 0x80 && cp < 0xa0) return '';
  return g;
}

export function graphemeWidth(g: string): number {
  let w = 0;
  for (const ch of displayOf(g)) w += codePointWidth(ch.codePointAt(0) ?? 0);
  return w;
}

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;

/** Removes colour and other escape sequences (a prompt may be coloured). */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Cells a string takes on one line. */
export function stringWidth(text: string): number {
  let w = 0;
  for (const g of graphemes(stripAnsi(text))) w += graphemeWidth(g);
  return w;
}
