/**
 * Column layout of az help lists (knack `help.py`): `name  [tags] : summary`, the `:` aligned
 * across the whole list and wrapped lines hanging under the summary.
 */
import { printIndent } from './wrap';

export const PREVIEW_TAG = '[Preview]';
export const REQUIRED_TAG = '[Required]';
/** Status line az attaches to preview items (knack `preview.py`); an interface string, kept verbatim. */
export const REFSTATUS = 'is in preview and under development. Reference and support levels: https://aka.ms/CLI_refstatus';

export interface ListItem {
  name: string;
  tags: string[];
  summary: string;
  /** Printed under the item at double indent (preview notices). */
  longSummary?: string;
  /** Argument group heading (`Network Rule Arguments`); undefined for the plain list. */
  heading?: string;
}

/** knack `_normalize_text`: capitalised, ending with `.`, `!` or `?`. */
export function normalizeText(s: string | undefined): string {
  if (!s || s.length < 2) return s ?? '';
  const t = s.trim();
  if (t === '') return '';
  const upper = t[0].toUpperCase() + t.slice(1);
  return /[.!?]$/.test(upper) ? upper : `${upper}.`;
}

function tagsLength(tags: string[]): number {
  const joined = tags.join(' ');
  return tags.reduce((n, t) => n + t.length, 0) + (joined.match(/ /g)?.length ?? 0);
}

function lineLength(item: ListItem): number {
  const t = tagsLength(item.tags);
  return item.name.length + t + (t ? 2 : 1);
}

/** Widest `name [tags]` of the items (shared by lists printed together). */
export function maxLineLength(items: ListItem[]): number {
  return items.reduce((m, it) => Math.max(m, lineLength(it)), 0);
}

/** Lines for `items` at indent 1, aligned to `maxLen`, with headings between argument groups. */
export function layoutList(items: ListItem[], maxLen: number): string[] {
  const out: string[] = [];
  let lastHeading: string | undefined;
  for (const it of items) {
    if (it.heading !== lastHeading) {
      if (it.heading) out.push('', it.heading);
      lastHeading = it.heading;
    }
    const tags = it.tags.join(' ');
    const pad = ' '.repeat(maxLen - lineLength(it) + (tags ? 1 : 0));
    const line = `${it.name}${pad}${tags}${it.summary ? ' : ' : ''}${it.summary}`;
    out.push(...printIndent(line, 1, maxLen + 4 + 3 - 1));
    if (it.longSummary) out.push(...printIndent(it.longSummary, 2));
  }
  out.push('');
  return out;
}
