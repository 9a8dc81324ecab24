/** Reading a script (headless stdin) as the terminal would receive it: one command per line. */
import { LIMITS } from './lang/limits';
import { needsMoreInput } from './lang/parser';

/** Continuation lines joined at most; re-parsing a growing command is quadratic, so hostile input is cut off. */
const MAX_CONTINUATION_LINES = 1000;

/**
 * Groups lines into complete commands, joining continuation lines (open quote, trailing `\`,
 * `&&` at the end) with `\n` as the interactive editor does. An unfinished command at the end
 * of input is returned as is, so running it reports bash's end-of-file error.
 */
export function splitCommands(text: string): string[] {
  const commands: string[] = [];
  let acc: string[] = [];
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (lines.at(-1) === '') lines.pop();
  let size = 0;
  for (const line of lines) {
    acc.push(line);
    size += line.length + 1;
    const bounded = acc.length < MAX_CONTINUATION_LINES && size <= LIMITS.maxInputChars;
    if (bounded && needsMoreInput(acc.join('\n'))) continue;
    commands.push(acc.join('\n'));
    acc = [];
    size = 0;
  }
  if (acc.length > 0) commands.push(acc.join('\n'));
  return commands;
}
