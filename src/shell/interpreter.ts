/**
 * The lab's shell: runs one command line at a time against injected commands and owns the
 * shell state (variables, `$?`, history). No DOM, no terminal: output leaves as ordered chunks.
 */
import { BUILTINS } from './builtins';
import type { ShellServices } from './builtins/types';
import { History } from './editor/history';
import { Executor, type Runtime } from './exec';
import { parse } from './lang/parser';
import { Interrupted, type Sleep, TerminalSink, timerSleep } from './sink';
import { checkShellState } from './state';
import type { Locale, RunOutcome, ShellHost, ShellIo, ShellState } from './types';
import { VarStore } from './vars';

export interface ShellOptions {
  host: ShellHost;
  /** Language of `help`. Default `en`. */
  locale?: Locale;
  /** Exported variables at start (e.g. HOME, USER). */
  env?: Readonly<Record<string, string>>;
  /** History entries kept. Default 500. */
  historySize?: number;
  /** Pace output by each chunk's `delayMs` (terminal: true; headless: false). Default true. */
  paced?: boolean;
  /** Replaceable timer, for tests. */
  sleep?: Sleep;
  /** Whether stdout is a terminal (passed to commands as `isTty`). Default true. */
  isTty?: boolean;
}

export class Shell {
  readonly history: History;
  locale: Locale;
  private vars = new VarStore();
  private lastStatus = 0;
  private readonly runtime: Runtime;

  constructor(private readonly opts: ShellOptions) {
    this.locale = opts.locale ?? 'en';
    this.history = new History(opts.historySize ?? 500);
    this.resetVariables();
    const shell = this;
    const services: ShellServices = {
      history: this.history,
      get locale() {
        return shell.locale;
      },
      builtinNames: () => this.builtinNames(),
      commandNames: () => [...opts.host.commands.keys()].sort(),
    };
    this.runtime = { host: opts.host, builtins: BUILTINS, services };
  }

  /** Runs one complete command line. Never throws; Ctrl+C (signal) ends it with `^C` and status 130. */
  async run(line: string, io: ShellIo, signal: AbortSignal = new AbortController().signal): Promise<RunOutcome> {
    const parsed = parse(line);
    if (!parsed.ok) {
      io({ stream: 'stderr', text: `bash: ${parsed.error.message}\n` });
      return this.finish(2, false, true);
    }
    const sink = new TerminalSink(io, signal, this.opts.paced === false ? null : (this.opts.sleep ?? timerSleep), this.opts.isTty ?? true);
    const executor = new Executor(this.runtime, this.vars, sink, this.lastStatus);
    try {
      return this.finish(await executor.runList(parsed.list), false, sink.endsWithNewline);
    } catch (e) {
      if (e instanceof Interrupted) {
        io({ stream: 'stderr', text: '^C\n' });
        return this.finish(130, true, true);
      }
      io({ stream: 'stderr', text: `bash: internal error: ${e instanceof Error ? e.message : String(e)}\n` });
      return this.finish(1, false, true);
    }
  }

  private finish(exitCode: number, interrupted: boolean, endsWithNewline: boolean): RunOutcome {
    this.lastStatus = exitCode;
    return { exitCode, interrupted, endsWithNewline };
  }

  /** `$?`. */
  get status(): number {
    return this.lastStatus;
  }

  getVar(name: string): string | undefined {
    return this.vars.get(name);
  }

  variableNames(): string[] {
    return this.vars.names().filter((n) => this.vars.has(n));
  }

  builtinNames(): string[] {
    return [...BUILTINS.keys()].filter((n) => n !== ':').sort();
  }

  /** Built-ins and host commands: what may start a command line (for completion). */
  commandNames(): string[] {
    return [...new Set([...this.builtinNames(), ...this.opts.host.commands.keys()])].sort();
  }

  exportState(): ShellState {
    const vars: ShellState['vars'] = [];
    for (const [name, v] of this.vars.entries()) if (v.value !== undefined) vars.push([name, v.value, v.exported]);
    return { version: 1, vars, history: [...this.history.entries()], lastStatus: this.lastStatus };
  }

  /** Restores saved state; corrupt data is rejected whole and leaves a fresh shell. */
  importState(data: unknown): { ok: true } | { ok: false; reason: string } {
    const checked = checkShellState(data);
    if (!checked.ok) {
      this.resetVariables();
      this.history.clear();
      this.lastStatus = 0;
      return checked;
    }
    this.vars.clear();
    for (const [name, value, exported] of checked.state.vars) this.vars.set(name, value, exported);
    this.history.replace(checked.state.history);
    this.lastStatus = checked.state.lastStatus;
    return { ok: true };
  }

  private resetVariables(): void {
    this.vars = new VarStore();
    for (const [name, value] of Object.entries(this.opts.env ?? {})) this.vars.set(name, value, true);
  }
}
