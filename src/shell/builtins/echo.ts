/** `echo` as bash's built-in: `-n`, `-e`, `-E` (combinable, e.g. `-ne`); anything else is text. */
import type { Builtin } from './types';

const SIMPLE: Record<string, string> = {
  a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\',
};

/** Interprets `-e` escapes; `stop` is true after `\c`, which ends all output (no newline either). */
export function echoEscapes(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const n = text[i + 1];
    if (c !== '\\' || n === undefined) {
      out += c;
      continue;
    }
    if (n === 'c') return { text: out, stop: true };
    if (Object.hasOwn(SIMPLE, n)) {
      out += SIMPLE[n];
      i++;
      continue;
    }
    const oct = n === '0' ? /^[0-7]{0,3}/.exec(text.slice(i + 2, i + 5)) : null;
    const hex = n === 'x' ? /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 2, i + 4)) : null;
    const uni = n === 'u' || n === 'U' ? /^[0-9a-fA-F]{1,8}/.exec(text.slice(i + 2, i + (n === 'u' ? 6 : 10))) : null;
    if (oct) {
      out += String.fromCharCode(parseInt(oct[0] || '0', 8) & 0xff);
      i += 1 + oct[0].length;
    } else if (hex) {
      out += String.fromCharCode(parseInt(hex[0], 16));
      i += 1 + hex[0].length;
    } else if (uni && parseInt(uni[0], 16) <= 0x10ffff) {
      out += String.fromCodePoint(parseInt(uni[0], 16));
      i += 1 + uni[0].length;
    } else out += c;
  }
  return { text: out, stop: false };
}

export const echo: Builtin = (args, ctx) => {
  let newline = true;
  let escapes = false;
  let i = 0;
  // bash takes a word as options only if it is all valid option letters (`-nx` is printed).
  for (; i < args.length && /^-[neE]+$/.test(args[i]); i++) {
    for (const flag of args[i].slice(1)) {
      if (flag === 'n') newline = false;
      else escapes = flag === 'e';
    }
  }
  let text = args.slice(i).join(' ');
  if (escapes) {
    const r = echoEscapes(text);
    text = r.text;
    if (r.stop) newline = false;
  }
  ctx.out(newline ? `${text}\n` : text);
  return 0;
};
