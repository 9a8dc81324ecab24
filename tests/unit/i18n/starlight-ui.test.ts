import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Starlight UI string overrides (Pagefind search dialog, Expressive Code copy button). */
const read = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`../../../src/content/i18n/${lang}.json`, import.meta.url), 'utf8'));
const en = read('en');
const ko = read('ko');
const placeholders = (text: string) => [...text.matchAll(/\[([A-Z_]+)\]/g)].map((m) => m[1]).sort();

describe('src/content/i18n', () => {
  it('has the same keys in Korean and English', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s keeps the [PLACEHOLDERS] and is Korean', (key) => {
    expect(placeholders(ko[key])).toEqual(placeholders(en[key]));
    expect(ko[key]).toMatch(/[\uac00-\ud7a3]/);
  });
});
