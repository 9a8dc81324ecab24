/**
 * The `$` forms and backquotes: `$name`, `$?`, `${name}`, `${#name}`, `${name:-word}` (and
 * `-`, `=`, `+`, `?` with or without `:`), `$(...)`, `` `...` ``, `$'...'` and `$"..."`.
 */
import type { ParamTest, WordPart } from './ast';
import type { Scanner } from './scanner';
import { ParseFailure, unmatched, unsupported } from './errors';
import { pushLit, readDouble, readWord } from './word';

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
/** One-character special parameters: `$?`, `$$`, `$#`, `$@`, `$*`, `$!`, `$-`, `$0`..`$9`. */
const SPECIAL = /[0-9?$#@*!-]/;

export function readDollar(sc: Scanner, parts: WordPart[], inDq: boolean): void {
  const next = sc.peek(1);
  if (next === '(') return readCommandSubst(sc, parts, inDq);
  if (next === '{') return readBrace(sc, parts, inDq);
  if (next === "'" && !inDq) return readAnsiC(sc, parts);
  if (next === '"' && !inDq) {
    sc.pos++;
    return readDouble(sc, parts);
  }
  if (next !== undefined && NAME_START.test(next)) {
    sc.pos++;
    parts.push({ kind: 'param', name: readName(sc), quoted: inDq });
    return;
  }
  if (next !== undefined && SPECIAL.test(next)) {
    sc.pos += 2;
    parts.push({ kind: 'param', name: next, quoted: inDq });
    return;
  }
  pushLit(parts, '$', inDq);
  sc.pos++;
}

function readName(sc: Scanner): string {
  const start = sc.pos;
  while (NAME_CHAR.test(sc.peek() ?? '')) sc.pos++;
  return sc.src.slice(start, sc.pos);
}

function readCommandSubst(sc: Scanner, parts: WordPart[], inDq: boolean): void {
  if (sc.peek(2) === '(') throw unsupported('$((', 'arithmetic expansions');
  sc.pos += 2;
  const body = sc.parseSubList();
  if (sc.peek() !== ')') throw unmatched(')');
  sc.pos++;
  parts.push({ kind: 'subst', body, quoted: inDq });
}

/** Forms bash accepts inside `${name...}` that this shell does not evaluate (substrings, patterns). */
const UNSUPPORTED_AFTER_NAME = new Set([':', '/', '#', '%', '^', ',', '@', '[']);

function readBrace(sc: Scanner, parts: WordPart[], inDq: boolean): void {
  const start = sc.pos;
  sc.pos += 2;
  sc.nested(() => {
    const length = sc.peek() === '#' && sc.peek(1) !== '}';
    if (length) sc.pos++;
    const c = sc.peek() ?? '';
    let name = '';
    if (NAME_START.test(c)) name = readName(sc);
    else if (SPECIAL.test(c)) {
      name = c;
      sc.pos++;
    }
    if (name && sc.peek() === '}') {
      sc.pos++;
      parts.push({ kind: 'param', name, quoted: inDq, ...(length ? { op: { type: 'length' as const } } : {}) });
      return;
    }
    if (name && !length) {
      const colon = sc.peek() === ':';
      const test = sc.peek(colon ? 1 : 0);
      if (test === '-' || test === '=' || test === '+' || test === '?') {
        sc.pos += colon ? 2 : 1;
        const word = readWord(sc, 'brace', inDq);
        if (sc.peek() !== '}') throw unmatched('}');
        sc.pos++;
        parts.push({ kind: 'param', name, quoted: inDq, op: { type: 'test', test: test as ParamTest, colon, word } });
        return;
      }
    }
    const reason = name && UNSUPPORTED_AFTER_NAME.has(sc.peek() ?? '') ? 'unsupported' : 'bad';
    skipToBrace(sc);
    parts.push({ kind: 'bad', raw: sc.src.slice(start, sc.pos), quoted: inDq, reason });
  });
}

/** Skips to just past the `}` closing a `${` bash would reject at run time, honouring quotes. */
function skipToBrace(sc: Scanner): void {
  let depth = 1;
  for (;;) {
    const c = sc.peek();
    if (c === undefined) throw unmatched('}');
    sc.pos++;
    if (c === '\\') sc.pos++;
    else if (c === "'") {
      const end = sc.src.indexOf("'", sc.pos);
      if (end < 0) throw unmatched("'");
      sc.pos = end + 1;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return;
  }
}

const ANSI_C: Record<string, string> = {
  n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v',
  '\\': '\\', "'": "'", '"': '"', '?': '?',
};

/** `$'...'`: ANSI-C quoting, the usual way to put a tab or newline into an argument. */
function readAnsiC(sc: Scanner, parts: WordPart[]): void {
  sc.pos += 2;
  let text = '';
  for (;;) {
    const c = sc.peek();
    if (c === undefined) throw unmatched("'");
    sc.pos++;
    if (c === "'") break;
    if (c !== '\\') {
      text += c;
      continue;
    }
    const e = sc.peek() ?? '';
    const hex = e === 'x' ? /^[0-9a-fA-F]{1,2}/.exec(sc.src.slice(sc.pos + 1, sc.pos + 3)) : null;
    const oct = /^[0-7]{1,3}/.exec(sc.src.slice(sc.pos, sc.pos + 3));
    if (hex) {
      text += String.fromCharCode(parseInt(hex[0], 16));
      sc.pos += 1 + hex[0].length;
    } else if (oct) {
      text += String.fromCharCode(parseInt(oct[0], 8) & 0xff);
      sc.pos += oct[0].length;
    } else if (Object.hasOwn(ANSI_C, e)) {
      text += ANSI_C[e];
      sc.pos++;
    } else text += '\\';
  }
  pushLit(parts, text, true);
}

/** Old-style command substitution; `\$`, `` \` `` and `\\` (and `\"` inside double quotes) are un-escaped first. */
export function readBackquote(sc: Scanner, parts: WordPart[], inDq: boolean): void {
  sc.pos++;
  let inner = '';
  for (;;) {
    const c = sc.peek();
    if (c === undefined) throw unmatched('`');
    sc.pos++;
    if (c === '`') break;
    const n = sc.peek();
    if (c === '\\' && n !== undefined && ('$`\\'.includes(n) || (inDq && n === '"'))) {
      inner += n;
      sc.pos++;
    } else inner += c;
  }
  let body;
  try {
    body = sc.parseText(inner);
  } catch (e) {
    // The closing backquote was found, so nothing more can be typed to finish the inner text.
    if (e instanceof ParseFailure && e.error.incomplete) throw new ParseFailure({ ...e.error, incomplete: false });
    throw e;
  }
  parts.push({ kind: 'subst', body, quoted: inDq });
}
