/**
 * `-o table` as az prints it (knack `_TableOutput` + tabulate's "simple" format, numbers not
 * parsed): headers from the keys, a row of dashes, columns two spaces apart, left-aligned, each
 * at least two wider than its header, trailing spaces trimmed.
 *
 * Without a command-specific layout az shows the top-level scalar properties, skipping `id`,
 * `type` and `etag`, with the first letter of each key capitalised.
 */
import { isPlainObject, pythonStr } from './python-str';

/** az's message when the data cannot be shown as a table. */
export const TABLE_UNAVAILABLE =
  'Table output unavailable. Use the --query option to specify an appropriate query. Use --debug for more info.';

const SKIP_KEYS = new Set(['id', 'type', 'etag']);

export interface TableOptions {
  /** Command-specific row layout (`CommandDef.table`), used only without --query, as az does. */
  transform?: (item: any) => Record<string, unknown>;
  queryActive: boolean;
}

type Row = Array<[string, unknown]>;

function capitalise(k: string): string {
  return k ? k[0].toUpperCase() + k.slice(1) : k;
}

/** One row of the automatic layout (`_auto_table_item`). */
function autoRow(item: unknown, sortKeys: boolean): Row {
  if (isPlainObject(item)) {
    const keys = sortKeys ? Object.keys(item).sort() : Object.keys(item);
    const row: Row = [];
    for (const k of keys) {
      if (SKIP_KEYS.has(k)) continue;
      const v = item[k];
      if (v !== null && v !== undefined && typeof v !== 'object') row.push([capitalise(k), v]);
    }
    return row;
  }
  if (Array.isArray(item)) return item.map((v, i) => [`Column${i + 1}`, v] as [string, unknown]);
  return [['Result', item]];
}

function cell(value: unknown): string {
  // tabulate prints a missing value as an empty cell.
  return value === null || value === undefined ? '' : pythonStr(value);
}

/** Render `result` (after any --query) as az's table text, ending with a newline. */
export function formatTable(result: unknown, opts: TableOptions): string {
  const items = Array.isArray(result) ? result : [result];
  const useTransform = opts.transform !== undefined && !opts.queryActive;
  const source = useTransform ? items.map((it) => opts.transform!(it)) : items;
  const rows = source.map((it) => autoRow(it, !opts.queryActive && !useTransform));
  if (rows.length === 0) return '\n';
  const headers: string[] = [];
  for (const r of rows) for (const [k] of r) if (!headers.includes(k)) headers.push(k);
  if (headers.length === 0) return '\n';
  const table = rows.map((r) => {
    const m = new Map(r);
    return headers.map((h) => cell(m.get(h)));
  });
  const widths = headers.map((h, c) => Math.max(h.length + 2, ...table.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((s, c) => s.padEnd(widths[c])).join('  ').trimEnd();
  const out = [line(headers), line(widths.map((w) => '-'.repeat(w))), ...table.map(line)];
  return `${out.join('\n')}\n`;
}
