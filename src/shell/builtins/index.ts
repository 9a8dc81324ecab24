/** The built-in command table. */
import { echo } from './echo';
import { helpBuiltin } from './help';
import { clearBuiltin, falseBuiltin, historyBuiltin, trueBuiltin } from './misc';
import type { Builtin } from './types';
import { envBuiltin, exportBuiltin, unsetBuiltin } from './variables';

export type { Builtin, BuiltinContext, ShellServices } from './types';

export const BUILTINS: ReadonlyMap<string, Builtin> = new Map<string, Builtin>([
  ['echo', echo],
  ['export', exportBuiltin],
  ['unset', unsetBuiltin],
  ['env', envBuiltin],
  ['clear', clearBuiltin],
  ['history', historyBuiltin],
  ['help', helpBuiltin],
  ['true', trueBuiltin],
  ['false', falseBuiltin],
  [':', trueBuiltin],
]);
