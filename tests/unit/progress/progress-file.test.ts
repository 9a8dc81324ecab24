import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sessionKey } from '~/lab/session-schema';
import { buildProgressFile, MAX_PROGRESS_BYTES, mergeAchieved, parseProgressFile } from '~/site/progress-file';
import { isCompleted, storedAchieved, storedSessionKey } from '~/site/stored-achieved';

const LESSONS = { '03-cli-toggle': ['trusted-off', 'trusted-on'], '09-sandbox': [] };
const file = (lessons: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ v: 1, exportedAt: '2025-01-02T03:04:05.000Z', lessons, ...extra });

describe('parseProgressFile', () => {
  it('accepts a valid file', () => {
    const result = parseProgressFile(file({ '03-cli-toggle': { achieved: ['trusted-off'] } }), LESSONS);
    expect(result).toEqual({ ok: true, file: JSON.parse(file({ '03-cli-toggle': { achieved: ['trusted-off'] } })) });
  });
  describe.each([
    ['not JSON', '{oops', 'not-json'],
    ['unknown version', file({}, { v: 2 }), 'version'],
    ['missing version', JSON.stringify({ lessons: {} }), 'version'],
    ['lessons not an object', file([]), 'shape'],
    ['achieved not strings', file({ '03-cli-toggle': { achieved: [1] } }), 'shape'],
    ['extra top-level key (a world)', file({}, { world: {} }), 'shape'],
    ['bad date', file({}, { exportedAt: 'yesterday' }), 'shape'],
    ['unknown scenario', file({ '99-nope': { achieved: [] } }), 'unknown-scenario'],
    ['unknown step', file({ '03-cli-toggle': { achieved: ['fly'] } }), 'unknown-step'],
    ['oversized', file({}, { pad: 'x'.repeat(MAX_PROGRESS_BYTES) }), 'too-large'],
  ])('%s', (_name, text, kind) => {
    it(`is refused as ${kind}`, () => {
      const result = parseProgressFile(text, LESSONS);
      expect(result.ok ? 'ok' : result.error.kind).toBe(kind);
    });
  });
  it('round-trips an exported file', () => {
    const built = buildProgressFile({ '03-cli-toggle': ['trusted-off', 'trusted-on'], '09-sandbox': [] }, new Date(0));
    expect(built.lessons).toEqual({ '03-cli-toggle': { achieved: ['trusted-off', 'trusted-on'] } });
    expect(parseProgressFile(JSON.stringify(built), LESSONS)).toEqual({ ok: true, file: built });
  });
});

describe('mergeAchieved', () => {
  const order = ['a', 'b', 'c', 'd'];
  it('keeps checklist order and never drops stored steps', () => {
    expect(mergeAchieved(['c'], ['a'], order)).toEqual(['a', 'c']);
  });
  it('is a union without duplicates, whatever the inputs', () => {
    const ids = fc.array(fc.constantFrom(...order));
    fc.assert(
      fc.property(ids, ids, (stored, imported) => {
        const merged = mergeAchieved(stored, imported, order);
        expect(new Set(merged)).toEqual(new Set([...stored, ...imported]));
        expect(merged.length).toBe(new Set(merged).size);
        expect(merged).toEqual(order.filter((id) => merged.includes(id)));
      }),
    );
  });
});

describe('stored progress read without the lab runtime', () => {
  const storage = (value: unknown) => ({ getItem: (key: string) => (key === sessionKey('03-cli-toggle') ? JSON.stringify(value) : null) });
  it('uses the same key as the session store', () => expect(storedSessionKey('x')).toBe(sessionKey('x')));
  it.each([
    ['a session', { version: 1, scenario: '03-cli-toggle', achieved: ['trusted-off'] }, ['trusted-off']],
    ['another scenario', { version: 1, scenario: '04-portal', achieved: ['trusted-off'] }, []],
    ['a newer version', { version: 2, scenario: '03-cli-toggle', achieved: ['trusted-off'] }, []],
  ])('reads %s', (_name, value, expected) => expect(storedAchieved(storage(value), '03-cli-toggle')).toEqual(expected));
  it('survives blocked storage', () => expect(storedAchieved({ getItem: () => { throw new Error('blocked'); } }, 'x')).toEqual([]));
  it.each([
    [['a', 'b'], ['b', 'a'], true],
    [['a', 'b'], ['a'], false],
    [[], [], false],
  ])('steps %j with %j achieved: completed %s', (steps, achieved, expected) => expect(isCompleted(steps, achieved)).toBe(expected));
});
