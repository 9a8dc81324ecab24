/**
 * Contracts between the shell and whatever hosts it (the browser lab, the headless bin, tests).
 * Commands such as `az` and `docker` are injected, so the shell never imports the CLI or the
 * world: the host owns the world and the shell only calls it.
 */
import type { OutputChunk } from '../cli/types';

export type { OutputChunk };

/** What an external command returns; a `CliResult` from `src/cli` fits as is. */
export interface CommandOutput {
  exitCode: number;
  /** Ordered stdout/stderr chunks; `delayMs` paces streaming output in a terminal. */
  chunks: OutputChunk[];
}

export interface ExecContext {
  /** Exported variables plus `NAME=value` prefixes of this command. */
  env: ReadonlyMap<string, string>;
  /** Aborted when the learner presses Ctrl+C. */
  signal: AbortSignal;
  /** False inside `$(...)` and in the headless shell when stdout is not a terminal. */
  isTty: boolean;
}

/** An external command; `args` excludes the command name (`az acr show` → `['acr', 'show']`). */
export type ExternalCommand = (args: string[], ctx: ExecContext) => CommandOutput | Promise<CommandOutput>;

export interface ShellHost {
  /** Commands by name, e.g. `az`, `docker`. A Map, so `__proto__` or `constructor` are just unknown names. */
  commands: ReadonlyMap<string, ExternalCommand>;
}

/** Receives output in order as it is produced (raw `\n` newlines; terminals convert). */
export type ShellIo = (chunk: OutputChunk) => void;

export interface RunOutcome {
  /** The line's exit status, also stored in `$?`. 130 after Ctrl+C, 2 after a syntax error. */
  exitCode: number;
  interrupted: boolean;
  /** False when the last output did not end with a newline (`echo -n hi`), so the prompt can start a fresh line. */
  endsWithNewline: boolean;
}

export type Locale = 'en' | 'ko';

/** Serialisable shell state (variables and history), persisted by the lab. */
export interface ShellState {
  version: 1;
  /** `[name, value, exported]` in definition order. */
  vars: Array<[string, string, boolean]>;
  history: string[];
  lastStatus: number;
}
