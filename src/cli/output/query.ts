/**
 * `--query`: JMESPath applied to the result before it is formatted (facts §7).
 *
 * Key order matters for `-o table`/`-o tsv` after a query: az keeps the order written in a
 * multiselect hash (`{b:x, a:y}`) but sorts the keys of the resource's own objects. Sorting the
 * resource's keys before the query and keeping insertion order afterwards gives both.
 */
import jmespath from 'jmespath';

interface JmespathModule {
  compile(expression: string): unknown;
  search(data: unknown, expression: string): unknown;
}

const jp = jmespath as unknown as JmespathModule;

/** True when the expression parses (az checks this while reading arguments). */
export function queryCompiles(expression: string): boolean {
  try {
    jp.compile(expression);
    return true;
  } catch {
    return false;
  }
}

/** Deep copy with object keys in sorted order; arrays keep their order. */
export function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedCopy);
  if (value !== null && typeof value === 'object') {
    // No prototype: a query for `constructor` or `__proto__` must find nothing, not Object's own members.
    const out: Record<string, unknown> = Object.create(null);
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v === undefined) continue;
      // defineProperty keeps a key named `__proto__` an ordinary key.
      Object.defineProperty(out, k, { value: sortedCopy(v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

export type QueryOutcome = { ok: true; value: unknown } | { ok: false; message: string };

/** Run `expression` on `data` (already key-sorted); runtime failures come back as az's message. */
export function applyQuery(data: unknown, expression: string): QueryOutcome {
  try {
    const value = jp.search(data === undefined ? null : data, expression);
    return { ok: true, value: value === undefined ? null : value };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, message: `Invalid jmespath query supplied for \`--query\`: ${detail}` };
  }
}
