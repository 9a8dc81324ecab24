/**
 * JSON from a share link, read defensively. Three checks run before any schema sees the data:
 * - nesting depth is measured on the raw text (iteratively), so deeply nested input cannot
 *   exhaust the stack of JSON.parse's reviver or of zod's recursive goal schema;
 * - `__proto__`, `constructor` and `prototype` keys are dropped by the reviver and the link is
 *   refused: zod's `z.record` copies keys with plain assignment, where `__proto__` would replace
 *   an object's prototype (prototype pollution, CWE-1321);
 * - every string, keys included, must be free of control characters: ESC (ANSI/VT sequences,
 *   which xterm would execute), C1 controls (0x9B is a one-byte CSI), and the bidi overrides
 *   that make text read differently from what it is ("Trojan Source", CVE-2021-42574).
 */
import type { ShareError } from './errors';

/** Deepest accepted nesting of arrays and objects (a world needs ~9; goals add 2 per `all`). */
export const MAX_DEPTH = 32;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** C0 controls, DEL, C1 controls, line/paragraph separators, bidi embeddings/overrides/isolates. */
// eslint-disable-next-line no-control-regex
export const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Deepest nesting of `[`/`{` outside strings; linear, no recursion. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

/** Parses untrusted JSON; refuses deep nesting and prototype-related keys. Never throws. */
export function parseUntrustedJson(text: string): { ok: true; value: unknown } | { ok: false; error: ShareError } {
  if (nestingDepth(text) > MAX_DEPTH) return { ok: false, error: { code: 'too-deep', limit: MAX_DEPTH } };
  let forbidden: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) {
        forbidden ??= key;
        return undefined; // the reviver deletes the property
      }
      return v;
    });
  } catch {
    return { ok: false, error: { code: 'json' } };
  }
  if (forbidden !== undefined) return { ok: false, error: { code: 'forbidden-key', key: forbidden } };
  return { ok: true, value };
}

const pathText = (path: readonly (string | number)[]): string => path.join('.') || '(root)';

/** The path of a string (or key) holding an unsafe character, or `null` when all are clean. */
export function findUnsafeText(value: unknown): string | null {
  const stack: Array<{ value: unknown; path: (string | number)[] }> = [{ value, path: [] }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (UNSAFE_CHARS.test(current)) return pathText(path);
    } else if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        // A key is shown through its path; replace unsafe characters so the message stays clean.
        if (UNSAFE_CHARS.test(key)) return pathText([...path, key.replace(new RegExp(UNSAFE_CHARS, 'g'), '?')]);
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return null;
}
