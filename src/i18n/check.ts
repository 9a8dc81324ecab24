import { z } from 'zod';

/** A flat map of message keys to templates with `{param}` placeholders. */
export type Catalog = Record<string, string>;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

/**
 * Checks the Korean catalog against the English one with a strict schema: every key present,
 * no extra keys, no empty strings, and the same placeholders. Throws a readable error.
 */
export function checkCatalogs(en: Catalog, ko: Catalog): void {
  const shape = Object.fromEntries(
    Object.entries(en).map(([key, text]) => [
      key,
      z
        .string()
        .min(1, 'is empty')
        .refine((value) => placeholders(value) === placeholders(text), {
          message: `must use the placeholders {${placeholders(text)}}`,
        }),
    ]),
  );
  const result = z.object(shape).strict().safeParse(ko);
  if (!result.success) {
    const problems = result.error.issues
      .map((i) => (i.code === 'unrecognized_keys' ? `extra keys ${i.keys.join(', ')}` : `${i.path.join('.')}: ${i.message === 'Required' ? 'missing' : i.message}`))
      .join('\n  ');
    throw new Error(`Korean UI strings do not match the English ones:\n  ${problems}`);
  }
}
