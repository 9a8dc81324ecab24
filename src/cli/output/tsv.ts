/**
 * `-o tsv` as az prints it (knack `_TsvOutput`): one line per item, values only, tab-separated.
 * Inside a row a nested list prints as its length and a nested object as an empty field, so
 * scripts should select scalars with --query first (e.g. `--query id -o tsv`).
 */
import { isPlainObject, pythonStr } from './python-str';

function field(value: unknown): string {
  if (Array.isArray(value)) return String(value.length);
  if (isPlainObject(value)) return '';
  return pythonStr(value);
}

function row(item: unknown): string {
  // Objects arrive with the resource's keys sorted and a query's hash keys in query order,
  // which is exactly the order az uses (sorted dicts, ordered query results).
  if (isPlainObject(item)) return Object.values(item).map(field).join('\t');
  if (Array.isArray(item)) return item.map(field).join('\t');
  if (typeof item === 'boolean') return item ? 'true' : 'false';
  return field(item);
}

/** Render `result` as tsv text (empty for an empty list). */
export function formatTsv(result: unknown): string {
  const items = Array.isArray(result) ? result : [result];
  return items.map((it) => `${row(it)}\n`).join('');
}
