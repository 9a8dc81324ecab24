import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, payloadFromHash, shareErrorMessage, shareUrl, type ShareEnvelope } from '~/lab/share';
import { outcomeMatrix, updateRegistry, type Goal, type World } from '~/model';
import { rawPayload, SCENARIO_FILES, startWorld } from './helpers';

let world: World;
beforeAll(async () => {
  world = await startWorld('06-acr-tasks.json');
});

const envelope = (extra: Partial<ShareEnvelope> = {}): ShareEnvelope => ({ v: 1, world, ...extra });
const errorOf = (payload: string) => {
  const result = decodeShare(payload);
  if (result.ok) throw new Error('expected the link to be refused');
  return result.error;
};
/** The envelope as plain JSON, for hand-made hostile variants. */
const json = () => JSON.parse(JSON.stringify(envelope())) as Record<string, unknown> & { world: Record<string, unknown> };

describe('round trip', () => {
  it.each(SCENARIO_FILES)('the start state of %s comes back equal, with the same outcome matrix', async (file) => {
    const start = await startWorld(file);
    const goals: Goal[] = [{ kind: 'trusted-services', registry: 'myregistry', enabled: false }];
    const link = encodeShare({ v: 1, scenario: 'x-1', title: '신뢰할 수 있는 서비스 🎉', goals, world: start });
    if (!link.ok) throw new Error(JSON.stringify(link.error));
    const back = decodeShare(link.value);
    expect(back).toEqual({ ok: true, value: { v: 1, scenario: 'x-1', title: '신뢰할 수 있는 서비스 🎉', goals, world: start } });
    if (back.ok) expect(outcomeMatrix(back.value.world, 'myregistry')).toEqual(outcomeMatrix(start, 'myregistry'));
  });

  it('carries a changed world (not the scenario start) and survives the URL fragment', () => {
    const changed = updateRegistry(world, { name: 'myregistry', publicNetworkEnabled: false, allowTrustedServices: false });
    if (!changed.ok) throw new Error('update failed');
    const target = changed.world;
    // A meaningful change: the workstation loses access, so a link of the start state would differ.
    expect(outcomeMatrix(target, 'myregistry')).not.toEqual(outcomeMatrix(world, 'myregistry'));
    const link = encodeShare(envelope({ world: target }));
    if (!link.ok) throw new Error('encode failed');
    const url = shareUrl('https://lab.example/en/lessons/06-acr-tasks/#old', link.value);
    expect(url.startsWith('https://lab.example/en/lessons/06-acr-tasks/#lab=v1.')).toBe(true);
    const payload = payloadFromHash(new URL(url).hash);
    expect(payload && decodeShare(payload)).toEqual({ ok: true, value: envelope({ world: target }) });
  });

  it('finds the payload among other fragment parameters and ignores pages without one', () => {
    expect(payloadFromHash('#x=1&lab=v1.abc')).toBe('v1.abc');
    expect(payloadFromHash('#intro')).toBeNull();
    expect(payloadFromHash('')).toBeNull();
  });
});

describe('versions', () => {
  it.each([
    ['v2 prefix', () => rawPayload('{}').replace(/^v1/, 'v2'), { code: 'version', version: '2' }],
    ['envelope v: 2', () => rawPayload(JSON.stringify({ ...json(), v: 2 })), { code: 'version', version: '2' }],
    ['envelope v missing', () => rawPayload(JSON.stringify({ world })), { code: 'invalid', path: 'v', problem: 'is missing' }],
    ['world schemaVersion 99', () => rawPayload(JSON.stringify({ v: 1, world: { ...world, schemaVersion: 99 } })), { code: 'invalid', path: 'world.schemaVersion' }],
  ])('%s is refused with a clear error', (_name, make, expected) => {
    expect(errorOf(make())).toMatchObject(expected);
  });

  it('says which format the link uses, in both languages', () => {
    const t = (key: string, params?: Readonly<Record<string, string | number>>) => `${key} ${JSON.stringify(params)}`;
    expect(shareErrorMessage({ code: 'version', version: '2' }, t)).toBe('share.error.version {"version":"2"}');
  });
});

describe('damaged and oversized links', () => {
  const good = () => {
    const link = encodeShare(envelope());
    if (!link.ok) throw new Error('encode failed');
    return link.value;
  };

  it('refuses every truncation of a real link', () => {
    const link = good();
    for (let cut = 1; cut < link.length; cut += 7) {
      expect(['damaged', 'json', 'encoding', 'missing']).toContain(errorOf(link.slice(0, link.length - cut)).code);
    }
  });

  it.each([
    ['garbage', 'hello world', 'encoding'],
    ['non-base64 characters', 'v1.abc$def', 'encoding'],
    ['padding', 'v1.abcd==', 'encoding'],
    ['empty', '', 'missing'],
    ['deflate of non-JSON', rawPayload('not json at all'), 'json'],
    ['JSON array', rawPayload('[1,2,3]'), 'invalid'],
    ['unknown top-level field', rawPayload(JSON.stringify({ ...json(), script: 'alert(1)' })), 'invalid'],
    ['oversized', `v1.${'A'.repeat(70_000)}`, 'too-large'],
    ['deeply nested', rawPayload('['.repeat(5000) + ']'.repeat(5000)), 'too-deep'],
    ['goal nesting bomb', rawPayload(JSON.stringify({ ...json(), goals: [JSON.parse('{"kind":"all","goals":['.repeat(40) + ']}'.repeat(40))] })), 'too-deep'],
  ])('%s → %s', (_name, payload, code) => {
    expect(errorOf(payload).code).toBe(code);
  });
});

describe('hostile text', () => {
  it.each([
    ['HTML in the title', { title: '<img src=x onerror=window.__pwned=1>' }, { code: 'invalid', path: 'title', problem: 'must be plain text (no < or >)' }],
    ['ANSI in the title', { title: 'red \u001b[31mALERT' }, { code: 'unsafe-text', path: 'title' }],
    ['C1 CSI in the title', { title: 'x\u009b2J' }, { code: 'unsafe-text', path: 'title' }],
    ['bidi override in the title', { title: 'abc\u202edcba' }, { code: 'unsafe-text', path: 'title' }],
    ['overlong title', { title: 'x'.repeat(81) }, { code: 'invalid', path: 'title' }],
    ['scenario id with markup', { scenario: '<b>x</b>' }, { code: 'invalid', path: 'scenario' }],
  ])('%s is refused', (_name, extra, expected) => {
    expect(errorOf(rawPayload(JSON.stringify({ ...json(), ...extra })))).toMatchObject(expected);
    // The sender's side refuses the same lab instead of producing a link that will not open.
    expect(encodeShare({ ...envelope(), ...(extra as Partial<ShareEnvelope>) })).toMatchObject({ ok: false, error: expected });
  });

  it('refuses ANSI escape sequences anywhere in the world, naming where', () => {
    const hostile = json();
    hostile.world.subscription = { id: 'x', name: 'pwn \u001b]0;title\u0007 \u001b[2J' };
    expect(errorOf(rawPayload(JSON.stringify(hostile)))).toEqual({ code: 'unsafe-text', path: 'world.subscription.name' });
  });

  it('keeps markup in world strings as inert text (shown with textContent), but only where the schema allows strings', () => {
    const hostile = json();
    hostile.world.subscription = { id: 'x', name: '<script>alert(1)</script>' };
    const result = decodeShare(rawPayload(JSON.stringify(hostile)));
    expect(result.ok && result.value.world.subscription.name).toBe('<script>alert(1)</script>');
    hostile.world.profile = '<b>2021</b>';
    expect(errorOf(rawPayload(JSON.stringify(hostile)))).toMatchObject({ code: 'invalid', path: 'world.profile' });
  });

  it('validates goals with the model’s GoalSchema', () => {
    const bad = { ...json(), goals: [{ kind: 'run-javascript', code: 'alert(1)' }] };
    expect(errorOf(rawPayload(JSON.stringify(bad)))).toMatchObject({ code: 'invalid', path: 'goals.0.kind' });
    const leaf = { kind: 'signed-in', value: true };
    const wide = { ...json(), goals: [{ kind: 'all', goals: Array.from({ length: 50 }, () => leaf) }] };
    expect(errorOf(rawPayload(JSON.stringify(wide)))).toMatchObject({ code: 'invalid', path: 'goals', problem: 'holds more than 50 goals (nested ones included)' });
    const fits = { ...json(), goals: [{ kind: 'any', goals: Array.from({ length: 49 }, () => leaf) }] };
    expect(decodeShare(rawPayload(JSON.stringify(fits))).ok).toBe(true);
  });
});
