/**
 * Running one parsed command, in az's order (verified against azure-cli 2.45): preview
 * warnings, argument validators (which may warn, e.g. about a stripped `.azurecr.io`), the
 * sign-in check, the handler, then --query/--output on the result.
 */
import type { World } from '../model/types';
import { NOT_SIGNED_IN, ONLY_SHOW_ERRORS_CONFLICT } from './errors';
import { REFSTATUS } from './help/layout';
import { formatResult } from './output/format';
import { OutputBuffer, pythonListRepr } from './output/streams';
import { GLOBAL_DEST, type OutputFormat } from './parser/globals';
import { pythonRepr } from './parser/parse-error';
import { ancestry, type TreeNode } from './parser/tree';
import type { CommandContext, CommandDef } from './types';

export interface ParsedInvocation {
  argv: readonly string[];
  root: TreeNode;
  node: TreeNode;
  command: CommandDef;
  values: Record<string, unknown>;
  given: string[];
}

/** Thrown-or-returned failure that carries az's message and exit code. */
export class CommandStop {
  /** `raw`: printed without the `ERROR: ` prefix (az checks this one before its logging starts). */
  constructor(readonly message: string, readonly exitCode: number, readonly raw = false) {}
}

function previewWarnings(inv: ParsedInvocation): string[] {
  const out: string[] = [];
  const chain = ancestry(inv.root, inv.node);
  const first = chain.find((n) => n.preview);
  if (first) {
    const what = first === inv.node && first.command ? 'Command' : 'Command group';
    out.push(`${what} '${first.path}' ${REFSTATUS}`);
  }
  for (const a of inv.command.args) {
    if (a.preview && inv.given.includes(a.dest)) out.push(`Argument '${a.options[0]}' ${REFSTATUS}`);
  }
  return out;
}

function subscriptionMatches(world: World, value: string): boolean {
  const v = value.toLowerCase();
  return v === world.subscription.id.toLowerCase() || v === world.subscription.name.toLowerCase();
}

/** Run the command; any failure is thrown as CliError/CommandStop and handled by `runAz`. */
export function runCommand(inv: ParsedInvocation, world: World, out: OutputBuffer, isTty: boolean): { exitCode: number; world: World } {
  const v = inv.values;
  const onlyShowErrors = v[GLOBAL_DEST.onlyShowErrors] === true;
  const debug = v[GLOBAL_DEST.debug] === true;
  const verbose = v[GLOBAL_DEST.verbose] === true;
  if (onlyShowErrors && (debug || verbose)) throw new CommandStop(ONLY_SHOW_ERRORS_CONFLICT, 1, true);
  if (debug) out.write('stderr', `DEBUG: cli.knack.cli: Command arguments: ${pythonListRepr(inv.argv, pythonRepr)}\n`);

  const warn = (m: string) => {
    if (!onlyShowErrors) out.warning(m);
  };
  previewWarnings(inv).forEach(warn);
  const ctx: CommandContext = {
    world,
    output: (v[GLOBAL_DEST.output] as OutputFormat | undefined) ?? 'json',
    query: v[GLOBAL_DEST.query] as string | undefined,
    onlyShowErrors,
    verbose,
    debug,
    isTty,
    warn,
  };

  const args: Record<string, unknown> = {};
  for (const a of inv.command.args) {
    if (a.dest in v) args[a.dest] = v[a.dest];
  }
  for (const a of inv.command.args) {
    if (a.validator && args[a.dest] !== undefined) args[a.dest] = a.validator(args[a.dest], ctx);
  }

  const sub = v[GLOBAL_DEST.subscription];
  if (typeof sub === 'string' && !subscriptionMatches(world, sub)) {
    throw new CommandStop(`Subscription '${sub}' not found. Check the spelling and casing and try again.`, 1);
  }
  if (!inv.command.noLoginRequired && !world.user.signedIn) throw new CommandStop(NOT_SIGNED_IN, 1);

  const res = inv.command.handler(ctx, args) ?? {};
  const next = res.world ?? world;
  for (const w of res.warnings ?? []) warn(w);
  for (const chunk of res.stream ?? []) out.write(chunk.stream, chunk.text, chunk.delayMs);

  const formatted = formatResult(res.result, { output: ctx.output, query: ctx.query, isTty, table: inv.command.table });
  if (!formatted.ok) {
    // The command itself succeeded (az keeps its side effects), only printing failed.
    out.error(formatted.message);
    return { exitCode: formatted.exitCode, world: next };
  }
  out.write('stdout', formatted.text);
  return { exitCode: res.exitCode ?? 0, world: next };
}
