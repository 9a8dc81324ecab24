import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en/shell.json';
import ko from '../../../src/i18n/ko/shell.json';
import { makeShell, runLines } from './helpers/fake-host';

describe('exportState / importState', () => {
  it('round-trips variables (export flags included), history and $?', async () => {
    const a = makeShell();
    await runLines(a, 'principalID=abc; export registryID=/subscriptions/x; __proto__=p; false');
    a.history.add('az acr list');
    const saved = JSON.parse(JSON.stringify(a.exportState()));
    const b = makeShell();
    expect(b.importState(saved)).toEqual({ ok: true });
    const out = await runLines(b, 'echo $? $principalID $__proto__', 'env');
    expect(out.stdout).toBe('1 abc p\nregistryID=/subscriptions/x\n');
    expect(b.history.entries()).toEqual(['az acr list']);
  });

  it.each([
    ['not an object', 'hello'],
    ['wrong version', { version: 2, vars: [], history: [], lastStatus: 0 }],
    ['invalid variable name', { version: 1, vars: [['1a', 'x', false]], history: [], lastStatus: 0 }],
    ['history not strings', { version: 1, vars: [], history: [1], lastStatus: 0 }],
    ['status out of range', { version: 1, vars: [], history: [], lastStatus: 999 }],
  ])('rejects %s as a whole and starts fresh', async (_what, data) => {
    const shell = makeShell({}, { env: { HOME: '/home/learner' } });
    await runLines(shell, 'x=1');
    shell.history.add('old');
    const r = shell.importState(data);
    expect(r.ok).toBe(false);
    expect(shell.getVar('x')).toBeUndefined();
    expect(shell.getVar('HOME')).toBe('/home/learner');
    expect(shell.history.length).toBe(0);
  });

  it('accepts __proto__ as a variable name in saved JSON without touching prototypes', async () => {
    const data = JSON.parse('{"version":1,"vars":[["__proto__","v",true],["constructor","c",false]],"history":[],"lastStatus":0}');
    const shell = makeShell();
    expect(shell.importState(data)).toEqual({ ok: true });
    expect((await runLines(shell, 'echo $__proto__ $constructor')).stdout).toBe('v c\n');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe('locale files', () => {
  it('Korean has every English key, and no text is empty', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const text of [...Object.values(en), ...Object.values(ko)]) expect(text.trim()).not.toBe('');
  });
});
