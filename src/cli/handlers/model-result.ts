/**
 * Turning model results into handler results. Model operations return errors as values
 * (`OpResult`); a handler stops at the first failure by throwing the CLI's typed error, which the
 * runner prints as `ERROR: <message>` with the model's exit code (facts §7: 1, 2 or 3).
 */
import type { ModelError, OpResult, World } from '../../model';
import { CliError } from '../errors';
import type { CommandContext, HandlerResult } from '../types';

/** Stop the command with az's message and exit code. */
export function cliFail(message: string, exitCode: number = 1): never {
  throw new CliError(message, exitCode);
}

/**
 * az asks before it deletes, and fails with this when it has no terminal to ask on. The lab
 * terminal cannot answer a prompt either, so every delete that would ask answers the same way,
 * and a learner's lab is never emptied by a command typed without `--yes`.
 */
export const CONFIRM_NEEDS_YES = 'Unable to prompt for confirmation as no tty available. Use --yes.';

/** Stop unless `--yes` was given (see CONFIRM_NEEDS_YES). */
export function requireYes(args: Record<string, unknown>): void {
  if (args.yes !== true) cliFail(CONFIRM_NEEDS_YES, 1);
}

/** Stop the command with a model error. */
export function failWith(error: ModelError): never {
  return cliFail(error.message, error.exitCode);
}

/** The success half of an OpResult, or stop with its error. */
export function unwrap<T>(res: OpResult<T>): { world: World; value: T; warnings: string[] } {
  if (!res.ok) return failWith(res.error);
  return { world: res.world, value: res.value, warnings: res.warnings ?? [] };
}

/** A model failure returned in place of a value (lookups such as `requireRegistry`). */
export function orFail<T>(value: T | { ok: false; error: ModelError }): T {
  if (typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false) {
    return failWith((value as { error: ModelError }).error);
  }
  return value as T;
}

/** Read commands need a signed-in account too (facts §6). */
export function requireSignedIn(ctx: CommandContext): void {
  if (!ctx.world.user.signedIn) cliFail("Please run 'az login' to setup account.", 1);
}

/** Run a model operation and print `view(value)` with the new world and the operation's warnings. */
export function apply<T>(res: OpResult<T>, view: (world: World, value: T) => unknown): HandlerResult {
  const { world, value, warnings } = unwrap(res);
  return { world, result: view(world, value), warnings: warnings.length > 0 ? warnings : undefined };
}

/** A string argument (or undefined when absent). */
export function str(args: Record<string, unknown>, key: string): string | undefined {
  const v = args[key];
  return v === undefined || v === null ? undefined : String(v);
}

/** A boolean argument that az declares with `true`/`false` values (undefined when absent). */
export function bool(args: Record<string, unknown>, key: string): boolean | undefined {
  const v = args[key];
  if (v === undefined || v === null) return undefined;
  return v === true || String(v).toLowerCase() === 'true';
}

/**
 * An `ERROR: ` line written into a handler's own stream (output that must follow streamed lines,
 * such as a failed run's verdict), coloured on a terminal like the runner's error lines.
 */
export function errorLine(isTty: boolean, message: string): string {
  const line = `ERROR: ${message}`;
  return `${isTty ? `\x1b[91m${line}\x1b[0m` : line}\n`;
}
