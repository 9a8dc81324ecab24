/**
 * Python's `textwrap.TextWrapper.fill` as knack uses it for help (`width=100`,
 * `replace_whitespace=False`, breaking on hyphens and inside over-long words), so our help
 * wraps at the same places as the real CLI's.
 */

/** Help text width az uses regardless of the terminal (knack `textwrap_width`). */
export const HELP_WIDTH = 100;

const WS = '[\\t\\n\\x0b\\x0c\\r ]';
const NWS = '[^\\t\\n\\x0b\\x0c\\r ]';
const WORD_PUNCT = `[\\w!"'&.,?]`;
const LETTER = '[^\\d\\W]';
// textwrap.TextWrapper.wordsep_re (Python 3.11), with the same capture structure for split().
const WORDSEP = new RegExp(
  `(${WS}+` +
    `|(?<=${WORD_PUNCT})-{2,}(?=\\w)` +
    `|${NWS}+?(?:-(?:(?<=${LETTER}{2}-)|(?<=${LETTER}-${LETTER}-))(?=${LETTER}-?${LETTER})` +
    `|(?=${WS}|$)` +
    `|(?<=${WORD_PUNCT})(?=-{2,}\\w)))`,
);

function splitChunks(text: string): string[] {
  return text.split(WORDSEP).filter((c) => c !== undefined && c !== '');
}

function isBlank(s: string): boolean {
  return s.trim() === '';
}

/** `TextWrapper(width, initial_indent, subsequent_indent).wrap(text)`. */
export function wrapLines(text: string, width: number, initialIndent = '', subsequentIndent = ''): string[] {
  const chunks = splitChunks(text.replace(/\t/g, '        ')).reverse();
  const lines: string[] = [];
  while (chunks.length > 0) {
    const cur: string[] = [];
    let curLen = 0;
    const indent = lines.length > 0 ? subsequentIndent : initialIndent;
    const room = width - indent.length;
    if (isBlank(chunks[chunks.length - 1]) && lines.length > 0) chunks.pop();
    while (chunks.length > 0) {
      const len = chunks[chunks.length - 1].length;
      if (curLen + len <= room) {
        cur.push(chunks.pop()!);
        curLen += len;
      } else break;
    }
    if (chunks.length > 0 && chunks[chunks.length - 1].length > room) {
      breakLongWord(chunks, cur, curLen, room);
      curLen = cur.reduce((n, c) => n + c.length, 0);
    }
    if (cur.length > 0 && isBlank(cur[cur.length - 1])) {
      curLen -= cur[cur.length - 1].length;
      cur.pop();
    }
    if (cur.length > 0) lines.push(indent + cur.join(''));
  }
  return lines;
}

function breakLongWord(chunks: string[], cur: string[], curLen: number, room: number): void {
  const spaceLeft = room < 1 ? 1 : room - curLen;
  const chunk = chunks[chunks.length - 1];
  let end = spaceLeft;
  if (chunk.length > spaceLeft) {
    const hyphen = chunk.lastIndexOf('-', spaceLeft - 1);
    if (hyphen > 0 && /[^-]/.test(chunk.slice(0, hyphen))) end = hyphen + 1;
  }
  cur.push(chunk.slice(0, end));
  chunks[chunks.length - 1] = chunk.slice(end);
}

/**
 * knack `_print_indent`: each `\n`-separated paragraph is filled on its own; an empty
 * paragraph prints an empty line. `subsequentSpaces` of -1 repeats the first-line indent.
 */
export function printIndent(text: string, indent = 0, subsequentSpaces = -1, width = HELP_WIDTH): string[] {
  const first = '    '.repeat(indent);
  const next = subsequentSpaces === -1 ? first : ' '.repeat(subsequentSpaces);
  const out: string[] = [];
  for (const p of text.split('\n')) {
    const lines = wrapLines(p, width, first, next);
    out.push(lines.length > 0 ? lines.join('\n') : '');
  }
  return out;
}
