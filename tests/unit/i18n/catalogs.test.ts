import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCatalogs } from '../../../src/i18n/check';
import { catalogs, t } from '../../../src/i18n';

const dir = fileURLToPath(new URL('../../../src/i18n/', import.meta.url));
const namespaces = readdirSync(`${dir}/en`).filter((f) => f.endsWith('.json'));
const read = (lang: string, file: string) => JSON.parse(readFileSync(`${dir}/${lang}/${file}`, 'utf8'));

describe.each(namespaces)('namespace %s', (file) => {
  it('exists in Korean with the same keys and placeholders', () => {
    expect(() => checkCatalogs(read('en', file), read('ko', file))).not.toThrow();
  });

  it('is actually Korean, not English left in place', () => {
    const ko: Record<string, string> = read('ko', file);
    const hangul = Object.values(ko).filter((v) => /[\uac00-\ud7a3]/.test(v)).length;
    // Product names and CLI tokens may stay in Latin letters; prose may not.
    expect(hangul / Object.keys(ko).length).toBeGreaterThan(0.6);
  });
});

describe('checkCatalogs', () => {
  it.each([
    [{ a: 'x' }, {}, /a: missing/],
    [{ a: 'x' }, { a: 'x', b: 'y' }, /extra keys b/],
    [{ a: 'x {n}' }, { a: 'x' }, /placeholders \{n\}/],
    [{ a: 'x' }, { a: '' }, /a: is empty/],
  ])('rejects %j vs %j', (en, ko, message) => {
    expect(() => checkCatalogs(en, ko)).toThrow(message);
  });
});

describe('t', () => {
  it('fills placeholders and falls back to the key', () => {
    expect(t('en', 'site.root.title')).toBe(catalogs.en['site.root.title']);
    expect(t('ko', 'no.such.key')).toBe('no.such.key');
  });
  it('does not treat __proto__ as a message', () => {
    expect(t('en', '__proto__')).toBe('__proto__');
  });
});
