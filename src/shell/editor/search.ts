/**
 * Ctrl+R reverse incremental search, as readline shows it:
 * `(reverse-i-search)`query': matching line`, and `(failed reverse-i-search)` when nothing matches.
 */
import type { History } from './history';
import type { Action } from './keymap';
import type { View } from './render';
import { graphemes } from './width';

export interface SearchState {
  query: string;
  /** History index of the shown match, -1 before the first match. */
  match: number;
  failed: boolean;
  /** The line shown (last match, or the line being edited before the search). */
  text: string;
  cursor: number;
  /** The line to restore on Ctrl+G. */
  original: { text: string; cursor: number };
}

export function startSearch(text: string, cursor: number): SearchState {
  return { query: '', match: -1, failed: false, text, cursor, original: { text, cursor } };
}

export function searchView(s: SearchState): View {
  return { prompt: `(${s.failed ? 'failed ' : ''}reverse-i-search)\`${s.query}': `, text: s.text, cursor: s.cursor };
}

function findFrom(s: SearchState, history: History, from: number): void {
  if (s.query === '') {
    s.failed = false;
    return;
  }
  const found = history.searchBackward(s.query, from);
  s.failed = found < 0;
  if (found < 0) return;
  const entry = history.at(found) ?? '';
  s.match = found;
  s.text = entry;
  s.cursor = entry.lastIndexOf(s.query);
}

/** Typed text extends the query; the current match is kept while it still matches. */
export function searchType(s: SearchState, text: string, history: History): void {
  s.query += text;
  findFrom(s, history, s.match >= 0 ? s.match : history.length - 1);
}

/** Ctrl+R again: the next older match. */
export function searchAgain(s: SearchState, history: History): void {
  if (s.match < 0) findFrom(s, history, history.length - 1);
  else if (s.match > 0) findFrom(s, history, s.match - 1);
  else s.failed = s.query !== '';
}

/** Backspace shortens the query and searches again from the newest entry. */
export function searchBackspace(s: SearchState, history: History): void {
  const parts = graphemes(s.query);
  parts.pop();
  s.query = parts.join('');
  s.match = -1;
  if (s.query === '') {
    s.failed = false;
    return;
  }
  findFrom(s, history, history.length - 1);
}

/** Applies a key during search; returns `stay` or the line to go back to editing with. */
export function searchKey(
  s: SearchState,
  key: { text: string } | { action: Action },
  history: History,
): 'stay' | { text: string; cursor: number } {
  if ('text' in key) searchType(s, key.text, history);
  else if (key.action === 'searchBackward') searchAgain(s, history);
  else if (key.action === 'backspace') searchBackspace(s, history);
  else if (key.action === 'abort') return s.original;
  else if (key.action !== 'ignore') return { text: s.text, cursor: s.cursor };
  return 'stay';
}
