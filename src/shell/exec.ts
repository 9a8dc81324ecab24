/**
 * Runs a parsed list: `;` in order, `&&`/`||` by exit status, each simple command as bash does
 * (expand words, then assignments; assignments alone change shell variables, before a command
 * they only set that command's environment).
 */
import type { Assignment, List, SimpleCommand, Word } from './lang/ast';
import { ShellError } from './lang/errors';
import { type ExpandEnv, expandFields, expandString } from './lang/expand';
import { asAssignment } from './lang/parser';
import type { Builtin, ShellServices } from './builtins/types';
import { CaptureSink, Interrupted, type Sink, stripTrailingNewlines } from './sink';
import type { OutputChunk, ShellHost } from './types';
import type { VarStore } from './vars';

export interface Runtime {
  host: ShellHost;
  builtins: ReadonlyMap<string, Builtin>;
  services: ShellServices;
}

/** Built-ins whose `NAME=value` arguments are expanded like assignments (no word splitting). */
const DECLARATION = new Set(['export', 'declare', 'local', 'readonly', 'typeset']);

export class Executor implements ExpandEnv {
  private substStatus: number | undefined;

  constructor(
    private readonly rt: Runtime,
    readonly vars: VarStore,
    private readonly sink: Sink,
    /** `$?`: status of the last command. */
    public status: number,
  ) {}

  async runList(list: List): Promise<number> {
    for (const andOr of list) {
      if (!(await this.runCommand(andOr.first))) return this.status;
      for (const { op, command } of andOr.rest) {
        if ((op === '&&') === (this.status === 0) && !(await this.runCommand(command))) return this.status;
      }
    }
    return this.status;
  }

  get(name: string): string | undefined {
    if (name === '?') return String(this.status);
    if (name === '#') return '0';
    if (name === '0') return 'bash';
    if (name === '@' || name === '*' || name === '-') return '';
    if (name === '$' || name === '!' || /^[1-9]$/.test(name)) return undefined;
    return this.vars.get(name);
  }

  set(name: string, value: string): void {
    this.vars.set(name, value);
  }

  async substitute(body: List): Promise<string> {
    const capture = new CaptureSink(this.sink);
    const child = new Executor(this.rt, this.vars.clone(), capture, this.status);
    await child.runList(body);
    this.substStatus = child.status;
    return stripTrailingNewlines(capture.stdout);
  }

  /** Runs one command; false when the rest of the line must be abandoned. */
  private async runCommand(cmd: SimpleCommand): Promise<boolean> {
    this.substStatus = undefined;
    try {
      const argv = await this.expandWords(cmd.words);
      if (argv.length === 0) {
        for (const a of cmd.assigns) this.vars.set(a.name, await this.assignedValue(a, this.vars.get(a.name)));
        // `x=$(false)` leaves `$?` at the substitution's status, as in bash.
        this.status = this.substStatus ?? 0;
        return true;
      }
      const env = this.vars.environment();
      for (const a of cmd.assigns) env.set(a.name, await this.assignedValue(a, env.get(a.name) ?? this.vars.get(a.name)));
      this.status = await this.invoke(argv, env);
      return true;
    } catch (e) {
      if (!(e instanceof ShellError)) throw e;
      await this.sink.write({ stream: 'stderr', text: `bash: ${e.message}\n` });
      this.status = e.status;
      return !e.abortsLine;
    }
  }

  private async assignedValue(a: Assignment, old: string | undefined): Promise<string> {
    const value = await expandString(a.value, this);
    return a.append ? (old ?? '') + value : value;
  }

  private async expandWords(words: Word[]): Promise<string[]> {
    const argv: string[] = [];
    const first = words[0]?.parts;
    const declaration = first?.length === 1 && first[0].kind === 'lit' && DECLARATION.has(first[0].text);
    for (const [i, word] of words.entries()) {
      if (declaration && i > 0 && asAssignment(word)) argv.push(await expandString(word, this));
      else argv.push(...(await expandFields(word, this)));
    }
    return argv;
  }

  /** Runs a built-in, a host command, or reports `command not found` (127). */
  async invoke(argv: string[], env: ReadonlyMap<string, string>): Promise<number> {
    const [name, ...args] = argv;
    await this.sink.pause(0);
    const builtin = this.rt.builtins.get(name);
    if (builtin) {
      const out: OutputChunk[] = [];
      const status = await builtin(args, {
        vars: this.vars,
        env,
        shell: this.rt.services,
        out: (text) => out.push({ stream: 'stdout', text }),
        err: (text) => out.push({ stream: 'stderr', text }),
        exec: (argv2, env2) => this.invoke(argv2, env2),
      });
      for (const chunk of out) await this.sink.write(chunk);
      return status;
    }
    const command = this.rt.host.commands.get(name);
    if (!command) {
      await this.sink.write({ stream: 'stderr', text: `bash: ${name}: command not found\n` });
      return 127;
    }
    let result;
    try {
      result = await command(args, { env, signal: this.sink.signal, isTty: this.sink.isTty });
    } catch (e) {
      if (e instanceof Interrupted || e instanceof ShellError) throw e;
      // A host bug must not take the terminal down; show it like a crashed program.
      throw new ShellError(`${name}: ${e instanceof Error ? e.message : String(e)}`, 1);
    }
    for (const chunk of result.chunks) await this.sink.write(chunk);
    return result.exitCode;
  }
}
