/**
 * How argparse reads one word that starts with `-` (Python 3.11 `_parse_optional`): exact option,
 * `--opt=value`, `-nvalue`, unambiguous abbreviations (`--na` for `--name`), or an unknown option
 * that ends up in "unrecognized arguments".
 */
import type { ArgDef } from '../types';

export type OptionMatch =
  /** Not an option: a value or a stray word. */
  | { kind: 'positional' }
  | { kind: 'option'; arg: ArgDef; optionString: string; explicit?: string }
  | { kind: 'unknown' }
  | { kind: 'ambiguous'; candidates: string[] };

/** Option strings of the parser in declaration order (argparse reports ambiguities in this order). */
export function optionTable(args: readonly ArgDef[]): Map<string, ArgDef> {
  const table = new Map<string, ArgDef>();
  for (const a of args) for (const o of a.options) if (!table.has(o)) table.set(o, a);
  return table;
}

const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

/** Classify one command-line word against the parser's options. */
export function lookupOption(word: string, table: Map<string, ArgDef>): OptionMatch {
  if (!word.startsWith('-')) return { kind: 'positional' };
  const exact = table.get(word);
  if (exact) return { kind: 'option', arg: exact, optionString: word };
  if (word.length === 1) return { kind: 'positional' };
  const eq = word.indexOf('=');
  if (eq > 0) {
    const head = word.slice(0, eq);
    const hit = table.get(head);
    if (hit) return { kind: 'option', arg: hit, optionString: head, explicit: word.slice(eq + 1) };
  }
  const tuples = optionTuples(word, table);
  if (tuples.length > 1) return { kind: 'ambiguous', candidates: tuples.map((t) => t.optionString) };
  if (tuples.length === 1) return { kind: 'option', ...tuples[0] };
  // No option looks like a negative number, so argparse reads `-5` as a value.
  if (NEGATIVE_NUMBER.test(word)) return { kind: 'positional' };
  if (word.includes(' ')) return { kind: 'positional' };
  return { kind: 'unknown' };
}

/** argparse `_get_option_tuples`: abbreviations of long options, `-nVALUE` for short ones. */
function optionTuples(word: string, table: Map<string, ArgDef>): Array<{ arg: ArgDef; optionString: string; explicit?: string }> {
  const out: Array<{ arg: ArgDef; optionString: string; explicit?: string }> = [];
  if (word.startsWith('--')) {
    const eq = word.indexOf('=');
    const prefix = eq >= 0 ? word.slice(0, eq) : word;
    const explicit = eq >= 0 ? word.slice(eq + 1) : undefined;
    for (const [opt, arg] of table) if (opt.startsWith(prefix)) out.push({ arg, optionString: opt, explicit });
    return out;
  }
  const short = word.slice(0, 2);
  const rest = word.slice(2);
  for (const [opt, arg] of table) {
    if (opt === short) out.push({ arg, optionString: opt, explicit: rest });
    else if (opt.startsWith(word)) out.push({ arg, optionString: opt });
  }
  return out;
}

/** argparse decides "is the next word a value?" with the same classification. */
export function looksLikeValue(word: string | undefined, table: Map<string, ArgDef>): word is string {
  if (word === undefined || word === '--') return false;
  const m = lookupOption(word, table);
  return m.kind === 'positional';
}

/** `--name/-n`: how argparse names an argument in its messages. */
export function actionName(arg: ArgDef): string {
  return arg.options.join('/');
}
