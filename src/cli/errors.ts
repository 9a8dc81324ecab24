/**
 * The CLI's typed failure and the small validators commands share (Azure CLI keeps these in
 * `_validators.py`: each normalises a value or raises an error carrying a message constant).
 *
 * A handler or validator stops the command by throwing `CliError`; `runAz` turns it into
 * `ERROR: <message>` and the exit code, so nothing escapes as a stray exception.
 * Exit codes (facts §7): 0 success, 1 general, 2 argparse-level parse errors (the parser's own),
 * 3 resource not found. Errors raised by validators and handlers exit 1, as in az: knack's
 * `_validation` re-raises CLIError and azure-cli's `handle_exception` maps every error to 1
 * except ResourceNotFoundError (3).
 */
import type { CommandContext } from './types';

/** A command failure with az's message (without the `ERROR: ` prefix) and exit code. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** True for a CliError, also across bundle boundaries (where `instanceof` may fail). */
export function isCliError(e: unknown): e is CliError {
  return e instanceof CliError || (e instanceof Error && e.name === 'CliError' && typeof (e as CliError).exitCode === 'number');
}

/**
 * A value rejected by a validator. az's validators raise InvalidArgumentValueError (an AzCLIError),
 * which exits 1; only argparse's own errors exit 2.
 */
export function invalidArgumentValue(message: string): CliError {
  return new CliError(message, 1);
}

/* ------------------------------------------------------------------ messages (facts §6, §7) */

export const NOT_SIGNED_IN = "Please run 'az login' to setup account.";
export const REGISTRY_NAME_INVALID =
  'Registry names may contain only alpha numeric characters and must be between 5 and 50 characters';
/** Login server suffix the CLI strips from registry names (Azure public cloud). */
export const ACR_SUFFIX = '.azurecr.io';
/** az's warning when it strips the suffix (azure-cli acr `_validators.py`). */
export const SUFFIX_OMITTED_WARNING = `The login server endpoint suffix '${ACR_SUFFIX}' is automatically omitted.`;
export const ONLY_SHOW_ERRORS_CONFLICT = "--only-show-errors can't be used together with --debug or --verbose";
export const QUERY_REFERENCE =
  "To learn more about --query, please visit: 'https://docs.microsoft.com/cli/azure/query-azure-cli'";

/* ------------------------------------------------------------------ validators */

/** Registry names are matched against this after the suffix is removed (facts §7). */
export const REGISTRY_NAME_PATTERN = /^[a-zA-Z0-9-]{5,50}$/;

/**
 * Strip a `.azurecr.io` suffix (with az's warning through `ctx.warn`) and check the name shape.
 * Used by every command except `acr create`, whose stricter checks live in the model.
 */
export function normaliseRegistryName(value: unknown, ctx?: CommandContext): string {
  let name = String(value ?? '');
  // az cuts at the first occurrence of the suffix, but only when something precedes it.
  const pos = name.toLowerCase().indexOf(ACR_SUFFIX);
  if (pos > 0) {
    ctx?.warn?.(SUFFIX_OMITTED_WARNING);
    name = name.slice(0, pos);
  }
  if (!REGISTRY_NAME_PATTERN.test(name)) throw invalidArgumentValue(REGISTRY_NAME_INVALID);
  return name;
}

/** Only the suffix removal, for `acr create` (the model reports its own name errors). */
export function stripRegistrySuffix(value: unknown, ctx?: CommandContext): string {
  const name = String(value ?? '');
  const pos = name.toLowerCase().indexOf(ACR_SUFFIX);
  if (pos > 0) {
    ctx?.warn?.(SUFFIX_OMITTED_WARNING);
    return name.slice(0, pos);
  }
  return name;
}

/** az's three-state flags accept `true`/`false` in any case; anything else is not a boolean. */
export function parseBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const s = String(value ?? '').toLowerCase();
  if (s === 'true') return true;
  if (s === 'false') return false;
  return undefined;
}

/** Allowed-values error in az's words: `az acr create: 'Gold' is not a valid value for '--sku'. ...`. */
export function invalidChoiceMessage(commandPath: string, value: string, option: string, choices: readonly string[]): string {
  const prog = commandPath ? `az ${commandPath}` : 'az';
  return `${prog}: '${value}' is not a valid value for '${option}'. Allowed values: ${choices.join(', ')}.`;
}
