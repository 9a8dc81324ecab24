/**
 * Shell variables. Backed by a Map so names such as `__proto__` or `constructor` are
 * ordinary variables and can never reach Object.prototype.
 */
import { ShellError } from './lang/errors';
import { LIMITS } from './lang/limits';

export interface Variable {
  /** Undefined after `export NAME` for a name with no value: exported but still unset. */
  value: string | undefined;
  exported: boolean;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A valid shell variable name (bash's "identifier"). */
export function isName(name: string): boolean {
  return NAME.test(name);
}

export class VarStore {
  private readonly vars = new Map<string, Variable>();

  get(name: string): string | undefined {
    return this.vars.get(name)?.value;
  }

  has(name: string): boolean {
    return this.vars.get(name)?.value !== undefined;
  }

  isExported(name: string): boolean {
    return this.vars.get(name)?.exported ?? false;
  }

  /** Sets a value, keeping the export flag; throws ShellError past the size limits. */
  set(name: string, value: string, exported?: boolean): void {
    if (value.length > LIMITS.maxValueChars) throw new ShellError(`${name}: value too large (more than ${LIMITS.maxValueChars} characters)`, 1);
    const old = this.vars.get(name);
    if (!old && this.vars.size >= LIMITS.maxVariables) throw new ShellError(`${name}: too many variables (the limit is ${LIMITS.maxVariables})`, 1);
    this.vars.set(name, { value, exported: exported ?? old?.exported ?? false });
  }

  /** `export NAME` without a value: marks it; it stays unset (absent from `env`) until assigned. */
  markExported(name: string): void {
    const old = this.vars.get(name);
    if (old) old.exported = true;
    else if (this.vars.size >= LIMITS.maxVariables) throw new ShellError(`${name}: too many variables (the limit is ${LIMITS.maxVariables})`, 1);
    else this.vars.set(name, { value: undefined, exported: true });
  }

  unset(name: string): void {
    this.vars.delete(name);
  }

  names(): string[] {
    return [...this.vars.keys()];
  }

  entries(): Array<[string, Variable]> {
    return [...this.vars.entries()];
  }

  /** The environment a command sees: exported variables, in definition order. */
  environment(): Map<string, string> {
    const env = new Map<string, string>();
    for (const [name, v] of this.vars) if (v.exported && v.value !== undefined) env.set(name, v.value);
    return env;
  }

  /** A subshell's copy (`$(...)` cannot change the parent's variables). */
  clone(): VarStore {
    const copy = new VarStore();
    for (const [name, v] of this.vars) copy.vars.set(name, { ...v });
    return copy;
  }

  clear(): void {
    this.vars.clear();
  }
}
