/** Every key the model can emit has a text in both locales, with the same placeholders. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en/model.json';
import ko from '../../../src/i18n/ko/model.json';
import {
  DECISION_ORDER,
  MODEL_MESSAGES,
  TRUSTED_SERVICES,
  decide,
  formatMessage,
  goalDescription,
  outcomeMatrix,
  type Message,
} from '../../../src/model/index';
import { buildWorld, configArb, requestArb } from './arbitraries';
import { REG } from './helpers';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const catalogs: [string, Record<string, string>][] = [['en', en], ['ko', ko]];
const declared = Object.entries(MODEL_MESSAGES) as [string, readonly string[]][];

describe.each(catalogs)('%s/model.json', (_lang, texts) => {
  it.each(declared)('%s has a text with placeholders %j', (key, params) => {
    expect(texts[key], key).toBeTypeOf('string');
    expect(texts[key].trim().length).toBeGreaterThan(0);
    expect([...new Set(placeholders(texts[key]))]).toEqual([...params].sort());
  });

  it('has no keys the model does not declare', () => {
    expect(Object.keys(texts).filter((k) => !Object.hasOwn(MODEL_MESSAGES, k))).toEqual([]);
  });
});

/** A message is valid when its key is declared and it carries every declared placeholder. */
function expectDeclared(m: Message) {
  expect(Object.hasOwn(MODEL_MESSAGES, m.key), m.key).toBe(true);
  const needed = MODEL_MESSAGES[m.key as keyof typeof MODEL_MESSAGES];
  for (const p of needed) expect(m.params ?? {}, `${m.key} needs {${p}}`).toHaveProperty(p);
  for (const v of Object.values(m.params ?? {})) {
    if (typeof v === 'string' && v.startsWith('model.')) expect(Object.hasOwn(MODEL_MESSAGES, v), v).toBe(true);
  }
}

describe('keys the model emits', () => {
  it('decisions and matrix rows use declared keys with their params', () => {
    fc.assert(
      fc.property(configArb, requestArb, (c, req) => {
        const w = buildWorld(c);
        const d = decide(w, req);
        [d.reason, ...d.fixes].forEach(expectDeclared);
        expectDeclared(goalDescription({ kind: 'decision', caller: req.caller, operation: req.operation, registry: REG, allowed: d.allowed }));
        for (const row of outcomeMatrix(w, REG)) {
          expectDeclared({ key: row.callerKey, params: row.callerParams });
          [row.pull.reason, row.push.reason, ...row.pull.fixes, ...row.push.fixes].forEach(expectDeclared);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('data tables point at declared keys', () => {
    for (const row of TRUSTED_SERVICES) [row.nameKey, row.scenarioKey].forEach((key) => expect(Object.hasOwn(MODEL_MESSAGES, key)).toBe(true));
    for (const rule of DECISION_ORDER) rule.reasonKeys.forEach((key) => expect(Object.hasOwn(MODEL_MESSAGES, key), key).toBe(true));
    for (const layer of new Set(DECISION_ORDER.map((r) => r.layer))) expect(Object.hasOwn(MODEL_MESSAGES, `model.layer.${layer}`)).toBe(true);
  });

  it('nested keys in params render in Korean, including the task name', () => {
    const m = goalDescription({ kind: 'decision', caller: { kind: 'acr-task', registry: REG, task: 'hello-task' }, operation: 'push', registry: REG, allowed: true });
    expect(formatMessage(m, ko)).toBe('ACR 작업 hello-task: labregistry에서 푸시(push) 허용');
    expect(formatMessage(m, en)).toBe('ACR task hello-task can push on labregistry.');
    expect(formatMessage({ key: 'model.nope' }, en)).toBe('model.nope');
  });
});
