/**
 * Reading a command's options the way Azure CLI's argparse parser does, left to right:
 * a bad value or a missing value fails at once; then missing required arguments (all of them,
 * in declaration order); then leftovers as "unrecognized arguments" (facts §7).
 * `-h` stops parsing and shows help, so errors after it never appear.
 */
import type { ArgDef, CommandDef } from '../types';
import { invalidChoiceMessage } from '../errors';
import { getCloseMatches } from './difflib';
import { GLOBAL_ARGS } from './globals';
import { actionName, lookupOption, looksLikeValue, optionTable } from './option-lookup';
import { parseFailure, pythonRepr, type ParseFailure } from './parse-error';
import { queryCompiles } from '../output/query';

export type ArgsOutcome =
  | { kind: 'help' }
  | { kind: 'error'; error: ParseFailure }
  | { kind: 'ok'; values: Record<string, unknown>; given: string[]; extras: string[] };

const BOOLEAN_CHOICES = ['true', 'false'];

/** Parse `tokens` (the words after the command path) for `command` plus the global arguments. */
export function parseCommandArgs(command: CommandDef, tokens: readonly string[], leading: readonly string[] = []): ArgsOutcome {
  const path = command.name;
  const all = [...command.args, ...GLOBAL_ARGS];
  const table = optionTable(all);
  const fail = (message: string, recs: string[] = []): ArgsOutcome => ({
    kind: 'error',
    error: parseFailure(message, { examplesOf: path, typedArgs: [...tokens] }, recs),
  });

  // argparse classifies every word before consuming any, so an ambiguous abbreviation wins.
  for (const t of tokens) {
    if (t === '--') break;
    const m = lookupOption(t, table);
    if (m.kind === 'ambiguous') return fail(`ambiguous option: ${t} could match ${m.candidates.join(', ')}`);
  }

  const values: Record<string, unknown> = Object.create(null);
  const given: string[] = [];
  const extras: string[] = [...leading];
  let i = 0;
  while (i < tokens.length) {
    const word = tokens[i];
    if (word === '--') {
      extras.push(...tokens.slice(i));
      break;
    }
    const m = lookupOption(word, table);
    if (m.kind !== 'option') {
      extras.push(word);
      i++;
      continue;
    }
    const { arg } = m;
    i++;
    if (arg.isFlag) {
      if (m.explicit !== undefined) return fail(`argument ${actionName(arg)}: ignored explicit argument ${pythonRepr(m.explicit)}`);
      if (arg.dest === '_help') return { kind: 'help' };
      record(values, given, arg, true);
      continue;
    }
    let raw: string | string[] | undefined = m.explicit;
    if (arg.type === 'list') {
      const items: string[] = raw !== undefined ? [raw] : [];
      while (raw === undefined && looksLikeValue(tokens[i], table)) items.push(tokens[i++]);
      if (items.length === 0 && !arg.allowEmptyList) return fail(`argument ${actionName(arg)}: expected at least one argument`);
      raw = items;
    } else if (raw === undefined && looksLikeValue(tokens[i], table)) {
      raw = tokens[i++];
    }
    if (raw === undefined) {
      // az's three-state booleans take an optional value: a bare `--admin-enabled` means true.
      if (arg.type === 'boolean') {
        record(values, given, arg, true);
        continue;
      }
      return fail(`argument ${actionName(arg)}: expected one argument`);
    }
    const converted = convert(arg, raw, path);
    if ('error' in converted) return fail(converted.error, converted.recs);
    record(values, given, arg, converted.value);
  }

  const missing = command.args.filter((a) => a.required && !given.includes(a.dest));
  if (missing.length > 0) {
    return fail(`the following arguments are required: ${missing.map(actionName).join(', ')}`);
  }
  if (extras.length > 0) {
    // Raised by the top-level parser, whose (empty) examples az then offers.
    return {
      kind: 'error',
      error: parseFailure(`unrecognized arguments: ${extras.join(' ')}`, { examplesOf: '', typedCommand: path, typedArgs: [...tokens] }),
    };
  }
  for (const a of all) {
    if (!given.includes(a.dest) && a.default !== undefined && !(a.dest in values)) values[a.dest] = a.default;
  }
  return { kind: 'ok', values, given, extras };
}

function record(values: Record<string, unknown>, given: string[], arg: ArgDef, value: unknown): void {
  if (arg.type === 'list' && Array.isArray(values[arg.dest]) && Array.isArray(value)) {
    // Repeated list options accumulate, like az's `--set a=b --set c=d`.
    values[arg.dest] = [...(values[arg.dest] as unknown[]), ...value];
  } else {
    values[arg.dest] = value;
  }
  if (!given.includes(arg.dest)) given.push(arg.dest);
}

type Converted = { value: unknown } | { error: string; recs?: string[] };

/** Type conversion and choice checks (argparse `_get_values` + az's `_check_value`). */
function convert(arg: ArgDef, raw: string | string[], path: string): Converted {
  if (Array.isArray(raw)) return { value: raw };
  const option = arg.options[0];
  if (arg.type === 'boolean') {
    const lower = raw.toLowerCase();
    if (lower === 'true' || lower === 'false') return { value: lower === 'true' };
    return choiceError(path, raw, option, BOOLEAN_CHOICES);
  }
  if (arg.type === 'enum' && arg.choices) {
    // `--output` lower-cases before checking (knack), so its error shows the lowered word.
    const word = arg.dest === '_output' ? raw.toLowerCase() : raw;
    const hit = arg.choices.find((c) => c.toLowerCase() === word.toLowerCase());
    if (hit !== undefined) return { value: hit };
    return choiceError(path, word, option, arg.choices);
  }
  if (arg.type === 'int') {
    if (/^\s*[-+]?\d+\s*$/.test(raw)) return { value: Number.parseInt(raw, 10) };
    return { error: `argument ${actionName(arg)}: invalid int value: ${pythonRepr(raw)}` };
  }
  if (arg.dest === '_query' && !queryCompiles(raw)) {
    return { error: `argument ${actionName(arg)}: invalid jmespath_type value: ${pythonRepr(raw)}` };
  }
  return { value: raw };
}

function choiceError(path: string, value: string, option: string, choices: readonly string[]): Converted {
  const recs: string[] = [];
  const close = closeChoice(value, choices);
  if (close) recs.push(`Did you mean '${close}' ?`);
  return { error: invalidChoiceMessage(path, value, option, choices), recs };
}


function closeChoice(value: string, choices: readonly string[]): string | undefined {
  return getCloseMatches(value, choices, 3, 0.7)[0];
}
