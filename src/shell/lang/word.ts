/**
 * Reads one shell word with bash's quoting rules: single quotes are literal, double quotes
 * keep `$`, backquote and `\` special, a backslash quotes the next character, and
 * backslash-newline disappears (line continuation).
 */
import type { Word, WordPart } from './ast';
import type { Scanner } from './scanner';
import { readBackquote, readDollar } from './dollar';
import { unexpectedEof, unmatched } from './errors';

/** Characters that end an unquoted word (bash "metacharacters" plus newline). */
const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);

export function isMeta(c: string | undefined): boolean {
  return c !== undefined && META.has(c);
}

/** `plain`: a command word. `brace`: the word in `${x:-word}`, which ends at `}`. */
export type WordMode = 'plain' | 'brace';

/** Appends literal text, merging with the previous part when quoting matches. */
export function pushLit(parts: WordPart[], text: string, quoted: boolean): void {
  const last = parts[parts.length - 1];
  if (last && last.kind === 'lit' && last.quoted === quoted) last.text += text;
  else parts.push({ kind: 'lit', text, quoted });
}

export function readWord(sc: Scanner, mode: WordMode, inDq = false): Word {
  const start = sc.pos;
  const parts: WordPart[] = [];
  for (;;) {
    const c = sc.peek();
    if (c === undefined) break;
    if (mode === 'plain' && META.has(c)) break;
    if (mode === 'brace' && c === '}') break;
    if (c === '\\') readBackslash(sc, parts, inDq);
    else if (c === "'" && !inDq) readSingle(sc, parts);
    else if (c === '"') readDouble(sc, parts);
    else if (c === '$') readDollar(sc, parts, inDq);
    else if (c === '`') readBackquote(sc, parts, inDq);
    else {
      pushLit(parts, c, inDq);
      sc.pos++;
    }
  }
  return { parts, raw: sc.src.slice(start, sc.pos) };
}

/** Inside double quotes a backslash only escapes these (bash manual, "Double Quotes"). */
const DQ_ESCAPABLE = '$`"\\';

function readBackslash(sc: Scanner, parts: WordPart[], inDq: boolean): void {
  const next = sc.peek(1);
  if (next === undefined) {
    // A trailing backslash asks for a continuation line; at end of input bash keeps it literally.
    if (!sc.atEof) throw unexpectedEof();
    pushLit(parts, '\\', inDq);
    sc.pos++;
    return;
  }
  sc.pos += 2;
  if (next === '\n') return;
  if (inDq && !DQ_ESCAPABLE.includes(next)) pushLit(parts, `\\${next}`, true);
  else pushLit(parts, next, true);
}

function readSingle(sc: Scanner, parts: WordPart[]): void {
  const end = sc.src.indexOf("'", sc.pos + 1);
  if (end < 0) throw unmatched("'");
  pushLit(parts, sc.src.slice(sc.pos + 1, end), true);
  sc.pos = end + 1;
}

/** Reads `"..."`; exported for `$"..."`, which bash treats the same outside a translation catalogue. */
export function readDouble(sc: Scanner, parts: WordPart[]): void {
  sc.pos++;
  // An empty pair of quotes still makes a (empty) word.
  pushLit(parts, '', true);
  for (;;) {
    const c = sc.peek();
    if (c === undefined) throw unmatched('"');
    if (c === '"') {
      sc.pos++;
      return;
    }
    if (c === '\\') readBackslash(sc, parts, true);
    else if (c === '$') readDollar(sc, parts, true);
    else if (c === '`') readBackquote(sc, parts, true);
    else {
      pushLit(parts, c, true);
      sc.pos++;
    }
  }
}
