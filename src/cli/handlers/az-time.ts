/**
 * Time stamps the way az prints them. The Python SDK serialises datetimes with `isoformat()`,
 * so JSON output shows microseconds and a `+00:00` offset; `-o table` transformers in the acr
 * module (`_format.py`) reformat them to `%Y-%m-%dT%H:%M:%SZ`.
 */

/** `2026-11-29T10:00:00.000000+00:00` from any ISO string or epoch ms. */
export function azTime(value: string | number): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  return `${d.toISOString().slice(0, 19)}.${String(d.getUTCMilliseconds() * 1000).padStart(6, '0')}+00:00`;
}

/** `2026-11-29T10:00:00Z`, as the acr table transformers print dates (blank when missing). */
export function tableTime(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return ' ';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? String(value) : `${d.toISOString().slice(0, 19)}Z`;
}

/** `HH:MM:SS` between two time stamps, like `_get_duration` in the acr table transformers. */
export function tableDuration(start: unknown, finish: unknown): string {
  if (typeof start !== 'string' || typeof finish !== 'string') return ' ';
  const secs = Math.max(0, Math.round((Date.parse(finish) - Date.parse(start)) / 1000));
  if (!Number.isFinite(secs)) return ' ';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(secs / 3600))}:${two(Math.floor((secs % 3600) / 60))}:${two(secs % 60)}`;
}

/** `2026/11/29 10:00:01`: the time stamp ACR Tasks agents put before every log line. */
export function agentTime(epochMs: number): string {
  const iso = new Date(epochMs).toISOString();
  return `${iso.slice(0, 10).replace(/-/g, '/')} ${iso.slice(11, 19)}`;
}

/**
 * A cell value the way the acr transformers' `_get_value` prints it: Python `str()` of the value,
 * a single space when missing or empty (note `False == 0` in Python, so booleans print).
 */
export function cell(value: unknown): string {
  if (value === undefined || value === null || value === '') return ' ';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (Array.isArray(value) && value.length === 0) return ' ';
  return String(value);
}
