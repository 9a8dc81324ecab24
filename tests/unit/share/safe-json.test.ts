import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeShare, findUnsafeText, nestingDepth, packText, parseUntrustedJson } from '~/lab/share';

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

/** JSON TEXT (not objects: building objects with a `__proto__` key would itself pollute) with hostile keys mixed in. */
const jsonText: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }).map((v) => JSON.stringify(v)),
    fc.array(tie('node'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...FORBIDDEN)), tie('node')), { maxLength: 4 })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
})).node;

const protoSnapshot = () => Object.getOwnPropertyNames(Object.prototype).sort().join();
const clean = protoSnapshot();
afterEach(() => {
  expect(protoSnapshot()).toBe(clean);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('parseUntrustedJson', () => {
  it('never throws, never pollutes, and refuses exactly the texts with a prototype-related key', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const result = parseUntrustedJson(text);
        const hasForbidden = FORBIDDEN.some((k) => text.includes(`${JSON.stringify(k)}:`));
        expect(result.ok).toBe(!hasForbidden);
        if (!result.ok) expect(result.error.code).toBe('forbidden-key');
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['{"__proto__":{"polluted":1}}', '__proto__'],
    ['{"a":[{"constructor":{"prototype":{"polluted":1}}}]}', 'prototype'],
    ['{"world":{"x":{"__proto__":{"isAdmin":true}}}}', '__proto__'],
  ])('refuses %s', (text, key) => {
    expect(parseUntrustedJson(text)).toEqual({ ok: false, error: { code: 'forbidden-key', key } });
  });

  it('keeps a forbidden word as a VALUE (only keys matter)', () => {
    expect(parseUntrustedJson('{"name":"__proto__"}')).toEqual({ ok: true, value: { name: '__proto__' } });
  });

  it('measures nesting outside strings only, without recursion', () => {
    expect(nestingDepth('{"a":"[[[[{{{{","b":[[1]]}')).toBe(3);
    expect(nestingDepth('"\\"[["')).toBe(0);
    expect(nestingDepth('['.repeat(200_000))).toBe(200_000);
    expect(parseUntrustedJson('['.repeat(200_000))).toEqual({ ok: false, error: { code: 'too-deep', limit: 32 } });
  });
});

describe('decodeShare on arbitrary JSON', () => {
  it('never throws and never pollutes Object.prototype', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const result = decodeShare(`v1.${packText(text)}`);
        expect(result.ok).toBe(false); // none of these is a valid world
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});

describe('findUnsafeText', () => {
  it.each([
    [{ a: ['ok', 'esc \u001b[0m'] }, 'a.1'],
    [{ a: { b: 'bell\u0007' } }, 'a.b'],
    [{ ['key\u001b[31m']: 'x' }, 'key?[31m'],
    [{ a: 'line\u2028break' }, 'a'],
  ])('finds %j at %s', (value, path) => {
    expect(findUnsafeText(value)).toBe(path);
  });

  it('accepts Korean, emoji and markup characters (shown as text, never parsed)', () => {
    expect(findUnsafeText({ t: '레지스트리 🎉 <b>&amp;</b> "q" \\' })).toBeNull();
  });
});
