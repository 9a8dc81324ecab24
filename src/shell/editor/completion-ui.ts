/**
 * Applying Tab completion: one candidate is inserted (with a space, as bash does), several
 * with a longer common prefix extend the word, otherwise they are listed in columns.
 */
import { stringWidth } from './width';

/** Candidates replace `line.slice(replaceFrom, cursor)`; they are ready to insert (already quoted). */
export interface Completion {
  replaceFrom: number;
  candidates: string[];
}

/** Offers completions for the line at the cursor (a UTF-16 offset). */
export type Completer = (line: string, cursor: number) => Completion;

export function commonPrefix(items: readonly string[]): string {
  if (items.length === 0) return '';
  let prefix = items[0];
  for (const item of items) {
    let i = 0;
    while (i < prefix.length && i < item.length && prefix[i] === item[i]) i++;
    prefix = prefix.slice(0, i);
  }
  // Never end between the two halves of a surrogate pair.
  const last = prefix.charCodeAt(prefix.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? prefix.slice(0, -1) : prefix;
}

/** At most this many candidates are listed; bash would ask first, a tutorial just says how many more. */
export const MAX_LISTED = 200;

/** Candidates in columns, top to bottom then left to right like bash, lines joined with `\r\n`. */
export function formatColumns(items: readonly string[], cols: number): string {
  const shown = items.slice(0, MAX_LISTED);
  const width = Math.max(...shown.map(stringWidth)) + 2;
  const columns = Math.max(1, Math.floor(cols / width));
  const rows = Math.ceil(shown.length / columns);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < columns; c++) {
      const item = shown[r + c * rows];
      if (item === undefined) break;
      const last = shown[r + (c + 1) * rows] === undefined;
      line += last ? item : item + ' '.repeat(width - stringWidth(item));
    }
    lines.push(line);
  }
  if (items.length > shown.length) lines.push(`... ${items.length - shown.length} more`);
  return lines.join('\r\n');
}

export type CompletionOutcome = { kind: 'none' } | { kind: 'edit'; replaceFrom: number; text: string } | { kind: 'list'; candidates: string[] };

/** Decides what Tab does for the line at the cursor. */
export function planCompletion(completer: Completer | undefined, line: string, cursor: number): CompletionOutcome {
  const result = completer?.(line, cursor);
  const candidates = [...new Set(result?.candidates ?? [])];
  if (!result || candidates.length === 0) return { kind: 'none' };
  if (candidates.length === 1) {
    const only = candidates[0];
    return { kind: 'edit', replaceFrom: result.replaceFrom, text: /[/=]$/.test(only) ? only : `${only} ` };
  }
  const prefix = commonPrefix(candidates);
  const partial = line.slice(result.replaceFrom, cursor);
  if (prefix.length > partial.length) return { kind: 'edit', replaceFrom: result.replaceFrom, text: prefix };
  return { kind: 'list', candidates };
}
