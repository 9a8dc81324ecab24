/** `help`: built-ins and commands with one-line descriptions in the page's language. */
import { isShellTextKey, shellText } from '../i18n';
import type { Builtin } from './types';

/** Synopses are syntax, so they stay as typed; descriptions come from the locale files. */
export const SYNOPSES: ReadonlyMap<string, string> = new Map([
  ['echo', 'echo [-neE] [arg ...]'],
  ['export', 'export [-n] [name[=value] ...]'],
  ['unset', 'unset [name ...]'],
  ['env', 'env [name=value ...] [command [arg ...]]'],
  ['clear', 'clear'],
  ['history', 'history [-c] [n]'],
  ['help', 'help [command]'],
  ['true', 'true'],
  ['false', 'false'],
]);

/** Descriptions go on their own indented line: they are long, and terminals in the lab are narrow. */
const INDENT = '      ';

export const helpBuiltin: Builtin = (args, ctx) => {
  const locale = ctx.shell.locale;
  const describe = (name: string) => {
    const key = `shell.help.builtin.${name}`;
    return isShellTextKey(key) ? shellText(locale, key) : '';
  };
  if (args.length > 0) {
    const synopsis = SYNOPSES.get(args[0]);
    if (!synopsis) {
      ctx.err(`bash: ${shellText(locale, 'shell.help.noTopic', { topic: args[0] })}\n`);
      return 1;
    }
    ctx.out(`${synopsis}\n${INDENT}${describe(args[0])}\n`);
    return 0;
  }
  const lines = [shellText(locale, 'shell.help.intro'), '', shellText(locale, 'shell.help.builtinsHeading')];
  const available = new Set(ctx.shell.builtinNames());
  for (const [name, synopsis] of SYNOPSES) {
    if (!available.has(name)) continue;
    lines.push(`  ${synopsis}`, `${INDENT}${describe(name)}`);
  }
  const commands = ctx.shell.commandNames();
  if (commands.length > 0) {
    lines.push('', shellText(locale, 'shell.help.commandsHeading'));
    for (const name of commands) {
      const key = `shell.help.command.${name}`;
      const text = isShellTextKey(key) ? shellText(locale, key) : shellText(locale, 'shell.help.command.other');
      lines.push(`  ${name}`, `${INDENT}${text}`);
    }
  }
  lines.push('', shellText(locale, 'shell.help.features'), shellText(locale, 'shell.help.keys'));
  ctx.out(`${lines.join('\n')}\n`);
  return 0;
};
