/**
 * The declarative shape of the simulated `az`: groups, commands and arguments as data.
 * The parser, help renderer, tab completion and docs all read these declarations,
 * so a flag exists in exactly one place (as in Azure CLI's commands.py/_params.py/_help.py).
 */
import type { World } from '../model/types';

export type ArgType = 'string' | 'boolean' | 'enum' | 'int' | 'list';

export interface ArgDef {
  /** Destination name the handler receives, e.g. `resourceGroup`. */
  dest: string;
  /** Option strings, long first: `['--resource-group', '-g']`. */
  options: string[];
  type: ArgType;
  /** Allowed values for `enum` (matched case-insensitively; handler gets the canonical casing). */
  choices?: string[];
  required?: boolean;
  default?: string | boolean | number;
  /** One-line help in English (the CLI is English only, like the real one). */
  help: string;
  /** Help section heading; default `Arguments`. e.g. `Network Rule Arguments`. */
  group?: string;
  /** For completion: which resource names can fill this argument. */
  completer?: 'registry' | 'task' | 'group' | 'identity' | 'location' | 'role';
  /** Normalise or reject a value; throw a CliError from `errors.ts` to reject (exit 1, as az's validators). */
  validator?: (value: unknown, ctx: CommandContext) => unknown;
  /** Flag that takes no value (`--yes`, `--expose-token`). */
  isFlag?: boolean;
  /** Shown as `[Preview]` in help; using it prints az's preview warning (e.g. `--allow-trusted-services`). */
  preview?: boolean;
  /** `list` args take the following words until the next option (`--source-tags a b`). */
  /** A `list` arg that may be given with no value (a bare `--assign-identity` means `[system]`). */
  allowEmptyList?: boolean;
}

export interface Example {
  summary: string;
  command: string;
}

/** What a handler returns: a value to format, plus side effects on the world. */
export interface HandlerResult {
  /** New world (omit when unchanged). */
  world?: World;
  /** Result printed through --query/--output (undefined prints nothing). */
  result?: unknown;
  /** Lines for stderr with their prefix already decided by the kind. */
  warnings?: string[];
  /** Raw chunks streamed as-is (e.g. `az acr task run` logs), bypassing --output. */
  stream?: OutputChunk[];
  /** Non-zero exit without a thrown error (e.g. a failed task run after its log). */
  exitCode?: number;
}

export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
  /** Suggested pause before this chunk in an interactive terminal (headless ignores it). */
  delayMs?: number;
}

export interface CommandContext {
  world: World;
  /** Parsed global arguments. */
  output: 'json' | 'jsonc' | 'yaml' | 'yamlc' | 'table' | 'tsv' | 'none';
  query?: string;
  onlyShowErrors: boolean;
  verbose: boolean;
  debug: boolean;
  isTty: boolean;
  /**
   * Queue a `WARNING: ` line (hidden by --only-show-errors). Validators use it, e.g. when they
   * strip a `.azurecr.io` suffix; handlers may return `warnings` instead. Optional so hand-built
   * contexts in tests stay valid.
   */
  warn?: (message: string) => void;
}

export type Handler = (ctx: CommandContext, args: Record<string, unknown>) => HandlerResult;

export interface CommandDef {
  /** Full path without `az`, e.g. `acr network-rule add`. */
  name: string;
  summary: string;
  longSummary?: string;
  args: ArgDef[];
  examples?: Example[];
  handler: Handler;
  /** Table columns for `-o table`: header → JMESPath-free property getter. */
  table?: (item: any) => Record<string, unknown>;
  /** Commands that work signed out (login, logout, help...). */
  noLoginRequired?: boolean;
  preview?: boolean;
}

export interface GroupDef {
  name: string;
  summary: string;
  preview?: boolean;
}

/** The result of one whole `az ...` (or `docker ...`) invocation. */
export interface CliResult {
  exitCode: number;
  /** Ordered output; `stdout`/`stderr` below are the same text split by stream. */
  chunks: OutputChunk[];
  stdout: string;
  stderr: string;
  /** World after the command (same object when nothing changed). */
  world: World;
}
