/**
 * Grammar of the supported subset: `list := and_or ((';' | newline) and_or)*`,
 * `and_or := command (('&&' | '||') newline* command)*`, `command := assignment* word*`.
 * Pipes, redirections, background jobs and compound commands are recognised only to
 * refuse them with a clear message instead of mis-running them.
 */
import type { AndOr, Assignment, List, SimpleCommand, Word } from './ast';
import { type ParseError, ParseFailure, limitError, syntaxError, unexpectedEof, unsupported } from './errors';
import { LIMITS } from './limits';
import { Scanner } from './scanner';
import { isMeta, readWord } from './word';

export type ParseResult = { ok: true; list: List } | { ok: false; error: ParseError };

export interface ParseOptions {
  /** No more input can follow; a trailing `\` is then literal (as in `bash -c 'echo a\'`). Default true. */
  atEof?: boolean;
}

/** Parses a complete command line (continuation lines joined with `\n`). Never throws. */
export function parse(src: string, opts: ParseOptions = {}): ParseResult {
  if (src.length > LIMITS.maxInputChars) {
    return { ok: false, error: limitError(`input line too long (${src.length} characters; the limit is ${LIMITS.maxInputChars})`).error };
  }
  const sc = new Scanner(src, opts.atEof ?? true, parseList);
  try {
    return { ok: true, list: parseList(sc, false) };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: e.error };
    if (e instanceof RangeError) return { ok: false, error: limitError('command line too complex').error };
    throw e;
  }
}

/** True when the text is an unfinished command (open quote, trailing `\`, `&&`...): the editor prompts `> `. */
export function needsMoreInput(src: string): boolean {
  const r = parse(src, { atEof: false });
  return !r.ok && r.error.incomplete;
}

const OPERATORS = [
  ';;&', '<<<', '<<-', '&>>', ';;', ';&', '&&', '||', '|&', '>>', '<<', '<>', '>&', '<&', '&>', '>|',
  ';', '&', '|', '<', '>', '(', ')',
];

function readOperator(sc: Scanner): string {
  const op = OPERATORS.find((o) => sc.startsWith(o)) ?? sc.peek() ?? '';
  sc.pos += op.length;
  sc.countToken();
  return op;
}

/** Why an operator cannot stand here: bash's syntax error, or a feature this shell lacks. */
function operatorError(op: string, atCommandStart: boolean): ParseFailure {
  if (op === '|' || op === '|&') return atCommandStart ? syntaxError(op) : unsupported(op, 'pipelines');
  if (op === '&') return atCommandStart ? syntaxError(op) : unsupported(op, 'background jobs');
  if (op === '(') return unsupported(op, 'subshells and compound commands');
  if (op.startsWith('<') || op.startsWith('>') || op === '&>' || op === '&>>') return unsupported(op, 'redirections');
  return syntaxError(op);
}

/** Skips blanks, backslash-newline and a `#` comment (which may only start a word). */
function skipBlanks(sc: Scanner): void {
  for (;;) {
    const c = sc.peek();
    if (c === ' ' || c === '\t') sc.pos++;
    else if (c === '\\' && sc.peek(1) === '\n') sc.pos += 2;
    else if (c === '#') {
      const nl = sc.src.indexOf('\n', sc.pos);
      sc.pos = nl < 0 ? sc.src.length : nl;
    } else return;
  }
}

function parseList(sc: Scanner, untilParen: boolean): List {
  const list: List = [];
  for (;;) {
    skipBlanks(sc);
    const c = sc.peek();
    if (c === undefined || (c === ')' && untilParen)) return list;
    if (c === '\n') {
      sc.pos++;
      continue;
    }
    list.push(parseAndOr(sc));
    skipBlanks(sc);
    const d = sc.peek();
    if (d === undefined || d === '\n' || (d === ')' && untilParen)) continue;
    const op = readOperator(sc);
    if (op !== ';') throw operatorError(op, false);
  }
}

function parseAndOr(sc: Scanner): AndOr {
  const node: AndOr = { first: parseCommand(sc), rest: [] };
  for (;;) {
    skipBlanks(sc);
    if (!sc.startsWith('&&') && !sc.startsWith('||')) return node;
    const op = readOperator(sc) as '&&' | '||';
    // A newline after `&&`/`||` continues the command (bash prompts `> ` for it).
    while (skipBlanks(sc), sc.peek() === '\n') sc.pos++;
    if (sc.eof()) throw unexpectedEof();
    node.rest.push({ op, command: parseCommand(sc) });
  }
}

/** Words bash reads as the start of a compound command (if, for, while, {, [[ ...). */
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until',
  'do', 'done', 'function', 'time', 'coproc', '{', '}', '[[', ']]', '!']);

function parseCommand(sc: Scanner): SimpleCommand {
  const cmd: SimpleCommand = { assigns: [], words: [] };
  for (;;) {
    skipBlanks(sc);
    const c = sc.peek();
    if (c === undefined || c === '\n') break;
    if (isMeta(c)) {
      if (cmd.assigns.length + cmd.words.length > 0) break;
      throw operatorError(readOperator(sc), true);
    }
    const before = sc.pos;
    sc.countToken();
    const word = readWord(sc, 'plain');
    if (sc.pos === before) break;
    if (cmd.words.length === 0) {
      const assignment = asAssignment(word);
      if (assignment) {
        cmd.assigns.push(assignment);
        continue;
      }
      if (word.parts.length === 1 && word.parts[0].kind === 'lit' && !word.parts[0].quoted && RESERVED.has(word.raw)) {
        throw unsupported(word.raw, 'compound commands (if, for, while, { ... })');
      }
    }
    cmd.words.push(word);
  }
  if (cmd.assigns.length + cmd.words.length === 0) throw unexpectedEof();
  return cmd;
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/;

/** `NAME=value`: the name and `=` must be unquoted literal text at the start of the word. */
export function asAssignment(word: Word): Assignment | null {
  const first = word.parts[0];
  if (!first || first.kind !== 'lit' || first.quoted) return null;
  const m = ASSIGNMENT.exec(first.text);
  if (!m) return null;
  const rest = first.text.slice(m[0].length);
  const parts = [...(rest ? [{ kind: 'lit' as const, text: rest, quoted: false }] : []), ...word.parts.slice(1)];
  return { name: m[1], append: m[2] === '+', value: { parts, raw: word.raw.slice(m[0].length) } };
}
