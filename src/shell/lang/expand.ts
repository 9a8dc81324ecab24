/**
 * Word expansion in bash's order for the supported subset: parameter expansion and command
 * substitution, then word splitting of unquoted results on blanks (space, tab, newline).
 * No pathname expansion: the lab has no file system, so `*` stays literal.
 */
import type { List, Word, WordPart } from './ast';
import { ShellError } from './errors';
import { LIMITS } from './limits';

/** What expansion needs from the running shell. */
export interface ExpandEnv {
  /** Value of a variable or special parameter (`?`, `#`, `0`...), undefined when unset. */
  get(name: string): string | undefined;
  /** For `${name:=word}`; may throw ShellError. */
  set(name: string, value: string): void;
  /** Runs `$(...)` and returns its stdout with trailing newlines removed. */
  substitute(body: List): Promise<string>;
}

interface Segment {
  text: string;
  /** Came from quotes: keeps an empty result as an (empty) word. */
  quoted: boolean;
  /** Unquoted expansion result: split into several words on blanks. */
  split: boolean;
}

const BLANKS = new Set([' ', '\t', '\n']);

/** Expands a command word into zero or more fields (`$EMPTY` unquoted vanishes, `"$EMPTY"` stays). */
export async function expandFields(word: Word, env: ExpandEnv): Promise<string[]> {
  const segs: Segment[] = [];
  await addParts(word.parts, env, false, false, segs);
  checkSize(segs);
  const fields: string[] = [];
  let current = '';
  let started = false;
  for (const seg of segs) {
    if (!seg.split) {
      current += seg.text;
      started ||= seg.quoted || seg.text !== '';
      continue;
    }
    for (const ch of seg.text) {
      if (!BLANKS.has(ch)) {
        current += ch;
        started = true;
      } else if (started) {
        fields.push(current);
        current = '';
        started = false;
      }
    }
  }
  if (started) fields.push(current);
  return fields;
}

/** Expands without splitting: assignment values and `export NAME=value` arguments. */
export async function expandString(word: Word, env: ExpandEnv): Promise<string> {
  const segs: Segment[] = [];
  await addParts(word.parts, env, false, false, segs);
  checkSize(segs);
  return segs.map((s) => s.text).join('');
}

function checkSize(segs: Segment[]): void {
  let total = 0;
  for (const s of segs) total += s.text.length;
  if (total > LIMITS.maxValueChars) throw new ShellError(`expansion too large (more than ${LIMITS.maxValueChars} characters)`, 1);
}

/**
 * `inTestWord`: the parts are the `word` of `${x:-word}`; its unquoted literal text is split
 * like an expansion result (`${x:-a  b}` gives two words).
 */
async function addParts(parts: WordPart[], env: ExpandEnv, outerQuoted: boolean, inTestWord: boolean, out: Segment[]) {
  for (const part of parts) {
    const quoted = part.quoted || outerQuoted;
    if (part.kind === 'lit') out.push({ text: part.text, quoted, split: inTestWord && !quoted });
    else if (part.kind === 'subst') out.push({ text: await env.substitute(part.body), quoted, split: !quoted });
    else if (part.kind === 'bad') {
      const why = part.reason === 'bad' ? 'bad substitution' : 'this form of ${...} is not supported in this lab shell';
      throw new ShellError(`${part.raw}: ${why}`, 1, true);
    } else await addParam(part, env, quoted, out);
  }
}

async function addParam(part: Extract<WordPart, { kind: 'param' }>, env: ExpandEnv, quoted: boolean, out: Segment[]) {
  const value = env.get(part.name);
  if (quoted) out.push({ text: '', quoted, split: false });
  const op = part.op;
  if (!op) return void out.push({ text: value ?? '', quoted, split: !quoted });
  if (op.type === 'length') return void out.push({ text: String([...(value ?? '')].length), quoted, split: false });
  const missing = value === undefined || (op.colon && value === '');
  if (op.test === '-') {
    if (!missing) return void out.push({ text: value, quoted, split: !quoted });
    return addParts(op.word.parts, env, quoted, true, out);
  }
  if (op.test === '+') {
    if (missing) return;
    return addParts(op.word.parts, env, quoted, true, out);
  }
  if (!missing) return void out.push({ text: value, quoted, split: !quoted });
  const text = await expandString(op.word, env);
  if (op.test === '?') throw new ShellError(`${part.name}: ${text || 'parameter null or not set'}`, 1, true);
  if (!/^[A-Za-z_]/.test(part.name)) throw new ShellError(`$${part.name}: cannot assign in this way`, 1, true);
  env.set(part.name, text);
  out.push({ text, quoted, split: !quoted });
}
