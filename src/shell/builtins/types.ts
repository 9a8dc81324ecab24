/** What a built-in command can use from the shell. */
import type { History } from '../editor/history';
import type { Locale } from '../types';
import type { VarStore } from '../vars';

export interface ShellServices {
  history: History;
  locale: Locale;
  /** Built-in names, sorted. */
  builtinNames(): string[];
  /** External (host) command names, sorted. */
  commandNames(): string[];
}

export interface BuiltinContext {
  vars: VarStore;
  /** Environment the command sees (exported variables plus `NAME=value` prefixes). */
  env: ReadonlyMap<string, string>;
  out(text: string): void;
  err(text: string): void;
  shell: ShellServices;
  /** Runs another command (for `env NAME=value command`); output goes straight to the terminal. */
  exec(argv: string[], env: ReadonlyMap<string, string>): Promise<number>;
}

/** Returns the exit status; output goes through `ctx.out`/`ctx.err`. */
export type Builtin = (args: string[], ctx: BuiltinContext) => number | Promise<number>;
