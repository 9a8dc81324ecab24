/**
 * From the words after `az` to what should happen: the welcome text, a help page, a parse
 * error, or a command with its parsed arguments. Never throws.
 */
import type { CommandDef } from '../types';
import { getCloseMatches } from './difflib';
import { parseCommandArgs } from './parse-args';
import { parseFailure, type ParseFailure } from './parse-error';
import { pathWords, type TreeNode } from './tree';

/**
 * Exit code when a group is typed without a command. The facts ask for the group's help; real
 * az 2.45 exits 2 here (its message is `the following arguments are required: _subcommand`),
 * so the help is printed with that usage-error code.
 */
export const GROUP_WITHOUT_COMMAND_EXIT = 2;

export type ParseOutcome =
  | { kind: 'welcome' }
  | { kind: 'help'; node: TreeNode; exitCode: number }
  | { kind: 'error'; error: ParseFailure }
  | { kind: 'command'; node: TreeNode; command: CommandDef; values: Record<string, unknown>; given: string[] };

/** Flags that alone still show the welcome text (azure-cli `commands/__init__.py`). */
const LOG_FLAGS = ['--debug', '--verbose', '--only-show-errors'];

/** Parse one `az` command line (without the leading `az`). */
export function parseAz(argv: readonly string[], root: TreeNode): ParseOutcome {
  if (argv.every((a) => LOG_FLAGS.includes(a))) return { kind: 'welcome' };
  const words = [...argv];
  if (words[0].toLowerCase() === 'help') words[0] = '--help';

  let node = root;
  let i = 0;
  // Options before the command path are not options of the group parser: argparse keeps them
  // for "unrecognized arguments", while the words after them still name the sub-command.
  const leading: string[] = [];
  while (i < words.length) {
    if (node.command && node.children.size === 0) break;
    const w = words[i];
    if (w === '-h' || w === '--help') return { kind: 'help', node, exitCode: 0 };
    if (w === '--') {
      leading.push(...words.slice(i));
      i = words.length;
      break;
    }
    if (w.startsWith('-') && w.length > 1) {
      leading.push(w);
      i++;
      continue;
    }
    const child = node.children.get(w);
    if (child) {
      node = child;
      i++;
      continue;
    }
    if (node.command) break;
    return { kind: 'error', error: misspelled(node, w, words.slice(i + 1)) };
  }

  if (!node.command) return { kind: 'help', node, exitCode: GROUP_WITHOUT_COMMAND_EXIT };
  const outcome = parseCommandArgs(node.command, words.slice(i), leading);
  if (outcome.kind === 'help') return { kind: 'help', node, exitCode: 0 };
  if (outcome.kind === 'error') return outcome;
  return { kind: 'command', node, command: node.command, values: outcome.values, given: outcome.given };
}

/** `'lst' is misspelled ...` plus `Did you mean 'list' ?` when a sibling is close enough. */
function misspelled(node: TreeNode, word: string, rest: string[]): ParseFailure {
  const candidates = getCloseMatches(word, node.children.keys(), 3, 0.7);
  const typedCommand = `${node.path} ${word}`.trim();
  if (candidates.length === 0) {
    return parseFailure(`'${word}' is misspelled or not recognized by the system.`, { examplesOf: node.path, typedCommand, typedArgs: rest });
  }
  // az guesses the intended command by swapping in the suggestion and cutting at the first '-'
  // (azure-cli `parser.py` `_check_value`), then offers that command's examples.
  const inferred = ['az', ...pathWords(node.path), candidates[0], ...rest].join(' ').split('-')[0].trim();
  return parseFailure(
    `'${word}' is misspelled or not recognized by the system.`,
    { examplesOf: inferred.replace(/^az ?/, ''), typedCommand, typedArgs: rest },
    [`Did you mean '${candidates[0]}' ?`],
  );
}
