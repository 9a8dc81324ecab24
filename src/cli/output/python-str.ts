/**
 * Python's `str()` of JSON values, because az builds its table and tsv cells with it:
 * booleans print as `True`/`False` and null as `None` there (knack `output.py`).
 */

/** `str(value)` for a JSON scalar; containers fall back to compact JSON. */
export function pythonStr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return pythonNumber(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? '';
}

function pythonNumber(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  return String(n);
}

/** Plain object (not array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
