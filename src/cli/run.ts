/**
 * `runAz`: one whole `az ...` invocation against a world, as data in and data out.
 * It never throws: parse errors exit 2 with az's recommendation block, command failures print
 * `ERROR: <message>` with their exit code (1, 2 or 3; facts §7), anything unexpected becomes
 * `ERROR: <message>` with exit 1 and leaves the world unchanged.
 */
import type { World } from '../model/types';
import { ALL_COMMANDS, ALL_GROUPS } from './commands/index';
import { isCliError } from './errors';
import { renderHelp, renderWelcome } from './help/render-help';
import { OutputBuffer } from './output/streams';
import { GLOBAL_ARGS } from './parser/globals';
import { parseAz } from './parser/parse';
import { PARSE_ERROR_EXIT } from './parser/parse-error';
import { renderParseError, type CommandInfo } from './parser/recommend';
import { buildTree, findNode, pathWords, type TreeNode } from './parser/tree';
import { CommandStop, runCommand } from './run-command';
import type { CliResult, CommandDef, GroupDef } from './types';

export interface RunAzOptions {
  /** Interactive terminal: colours for jsonc/yamlc and for ERROR/WARNING lines. */
  isTty?: boolean;
  /** Another command table (tests); defaults to ALL_COMMANDS / ALL_GROUPS. */
  commands?: readonly CommandDef[];
  groups?: readonly GroupDef[];
}

let defaultTree: TreeNode | undefined;

/** The command tree of the default table, built once. */
export function azTree(): TreeNode {
  defaultTree ??= buildTree(ALL_COMMANDS, ALL_GROUPS);
  return defaultTree;
}

function commandInfo(root: TreeNode): (path: string) => CommandInfo | undefined {
  return (path) => {
    const node = findNode(root, pathWords(path));
    const cmd = node?.command;
    return cmd ? { examples: cmd.examples ?? [], args: [...cmd.args, ...GLOBAL_ARGS] } : undefined;
  };
}

/** A thrown value that carries az's message and exit code (CliError, CommandStop, a ModelError). */
function failureOf(e: unknown): { message: string; exitCode: number } {
  if (isCliError(e) || e instanceof CommandStop) return { message: e.message, exitCode: e.exitCode };
  if (e !== null && typeof e === 'object') {
    const o = e as { message?: unknown; exitCode?: unknown };
    if (typeof o.message === 'string' && typeof o.exitCode === 'number') return { message: o.message, exitCode: o.exitCode };
    if (typeof o.message === 'string') return { message: o.message, exitCode: 1 };
  }
  return { message: String(e), exitCode: 1 };
}

/** Run `az <argv...>` against `world`. */
export function runAz(argv: readonly string[], world: World, opts: RunAzOptions = {}): CliResult {
  const isTty = opts.isTty ?? false;
  const out = new OutputBuffer(isTty);
  try {
    const root = opts.commands ? buildTree(opts.commands, opts.groups ?? []) : azTree();
    const words = argv.map((a) => String(a));
    const outcome = parseAz(words, root);
    switch (outcome.kind) {
      case 'welcome':
        out.write('stdout', renderWelcome(root));
        return out.result(0, world);
      case 'help':
        out.write('stdout', renderHelp(outcome.node));
        return out.result(outcome.exitCode, world);
      case 'error':
        out.write('stderr', renderParseError(outcome.error, commandInfo(root), isTty));
        return out.result(PARSE_ERROR_EXIT, world);
      case 'command': {
        const inv = { argv: words, root, node: outcome.node, command: outcome.command, values: outcome.values, given: outcome.given };
        const done = runCommand(inv, world, out, isTty);
        return out.result(done.exitCode, done.world);
      }
    }
  } catch (e) {
    const f = failureOf(e);
    if (e instanceof CommandStop && e.raw) out.write('stderr', `${f.message}\n`);
    else out.error(f.message);
    return out.result(Number.isInteger(f.exitCode) && f.exitCode > 0 && f.exitCode < 256 ? f.exitCode : 1, world);
  }
}
