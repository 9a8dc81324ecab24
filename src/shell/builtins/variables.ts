/** `export`, `unset` and `env`, with bash's messages for invalid names and options. */
import { isName } from '../vars';
import type { Builtin } from './types';

/** `declare -x` form of bash: value in double quotes with `"`, `\`, `$` and backquote escaped. */
function declareLine(name: string, value: string | undefined): string {
  if (value === undefined) return `declare -x ${name}\n`;
  return `declare -x ${name}="${value.replace(/["\\$`]/g, (c) => `\\${c}`)}"\n`;
}

export const exportBuiltin: Builtin = (args, ctx) => {
  let unexport = false;
  let i = 0;
  for (; i < args.length && args[i].startsWith('-') && args[i] !== '-'; i++) {
    if (args[i] === '--') {
      i++;
      break;
    }
    for (const flag of args[i].slice(1)) {
      if (flag === 'n') unexport = true;
      else if (flag !== 'p' && flag !== 'f') {
        ctx.err(`bash: export: -${flag}: invalid option\nexport: usage: export [-fn] [name[=value] ...] or export -p\n`);
        return 2;
      }
    }
  }
  const names = args.slice(i);
  if (names.length === 0) {
    const exported = ctx.vars.entries().filter(([, v]) => v.exported);
    exported.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [name, v] of exported) ctx.out(declareLine(name, v.value));
    return 0;
  }
  let status = 0;
  for (const arg of names) {
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!isName(name)) {
      ctx.err(`bash: export: \`${arg}': not a valid identifier\n`);
      status = 1;
    } else if (unexport) {
      const value = ctx.vars.get(name);
      if (eq >= 0) ctx.vars.set(name, arg.slice(eq + 1), false);
      else if (value !== undefined) ctx.vars.set(name, value, false);
    } else if (eq >= 0) ctx.vars.set(name, arg.slice(eq + 1), true);
    else ctx.vars.markExported(name);
  }
  return status;
};

export const unsetBuiltin: Builtin = (args, ctx) => {
  let status = 0;
  let mode: 'any' | 'variables' | 'functions' = 'any';
  for (const arg of args) {
    if (arg === '--') continue;
    if (arg === '-v' || arg === '-f') {
      mode = arg === '-v' ? 'variables' : 'functions';
      continue;
    }
    if (isName(arg)) {
      if (mode !== 'functions') ctx.vars.unset(arg);
    } else if (mode === 'variables') {
      // Plain `unset 1a` is silently accepted by bash (it could name a function); `unset -v 1a` is not.
      ctx.err(`bash: unset: \`${arg}': not a valid identifier\n`);
      status = 1;
    }
  }
  return status;
};

/** `env` lists the environment; `env NAME=value command args` runs a command with extra variables. */
export const envBuiltin: Builtin = (args, ctx) => {
  const env = new Map(ctx.env);
  let i = 0;
  for (; i < args.length; i++) {
    const eq = args[i].indexOf('=');
    if (args[i].startsWith('-')) {
      ctx.err(`env: options are not supported in this lab shell: '${args[i]}'\n`);
      return 125;
    }
    if (eq <= 0) break;
    env.set(args[i].slice(0, eq), args[i].slice(eq + 1));
  }
  if (i < args.length) return ctx.exec(args.slice(i), env);
  for (const [name, value] of env) ctx.out(`${name}=${value}\n`);
  return 0;
};
