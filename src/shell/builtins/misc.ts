/** `true`, `false`, `:`, `clear` and `history`. */
import type { Builtin } from './types';

export const trueBuiltin: Builtin = () => 0;
export const falseBuiltin: Builtin = () => 1;

/** What `clear` prints with TERM=xterm-256color: home, erase screen, erase scrollback. */
export const CLEAR_SCREEN = '\x1b[H\x1b[2J\x1b[3J';

export const clearBuiltin: Builtin = (_args, ctx) => {
  ctx.out(CLEAR_SCREEN);
  return 0;
};

/** `history`, `history N`, `history -c`, numbered like bash (`%5d  %s`). */
export const historyBuiltin: Builtin = (args, ctx) => {
  const history = ctx.shell.history;
  if (args[0] === '-c') {
    history.clear();
    return 0;
  }
  const entries = history.entries();
  let count = entries.length;
  if (args.length > 0) {
    if (!/^[0-9]+$/.test(args[0])) {
      ctx.err(`bash: history: ${args[0]}: numeric argument required\n`);
      return 1;
    }
    count = Math.min(count, Number(args[0]));
  }
  for (let i = entries.length - count; i < entries.length; i++) {
    ctx.out(`${String(history.firstNumber + i).padStart(5)}  ${entries[i]}\n`);
  }
  return 0;
};
