/** World creation, ids, clock and persistence. */
import { describe, expect, it } from 'vitest';
import {
  LAB_SUBSCRIPTION_ID,
  createWorld,
  nextGuid,
  nextGuids,
  parseWorld,
  serializeWorld,
  tick,
  nowIso,
} from '../../../src/model/index';

describe('createWorld', () => {
  it('starts signed in as the Owner of the subscription, at 2026-11-29T10:00:00Z', () => {
    const w = createWorld();
    expect(w).toMatchObject({ profile: '2021', workstationIp: '203.0.113.10', user: { name: 'labuser@contoso.example', signedIn: true } });
    expect(w.roleAssignments).toEqual([expect.objectContaining({ roleDefinitionName: 'Owner', scope: `/subscriptions/${LAB_SUBSCRIPTION_ID}`, principalId: w.user.objectId })]);
    expect(nowIso(w)).toBe('2026-11-29T10:00:00.000Z');
    expect(w.registries).toEqual([]);
  });

  it('takes profile, workstation IP and seed', () => {
    const w = createWorld({ profile: 'current', workstationIp: '203.0.113.77', seed: 7 });
    expect(w).toMatchObject({ profile: 'current', workstationIp: '203.0.113.77', rngState: 7 });
  });
});

describe('ids and clock', () => {
  it('GUIDs are v4-shaped, reproducible from the seed, and differ between seeds', () => {
    const [a, w1] = nextGuid(createWorld({ seed: 1 }));
    const [b] = nextGuid(w1);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nextGuid(createWorld({ seed: 1 }))[0]).toBe(a);
    expect(b).not.toBe(a);
    expect(nextGuid(createWorld({ seed: 2 }))[0]).not.toBe(a);
    expect(new Set(nextGuids(createWorld(), 500)[0]).size).toBe(500);
  });

  it('tick moves forward only', () => {
    const w = createWorld();
    expect(tick(w).clock - w.clock).toBe(1000);
    expect(tick(w, 12_000).clock - w.clock).toBe(12_000);
    expect(tick(w, -5).clock).toBe(w.clock);
    expect(tick(w, Number.NaN).clock).toBe(w.clock);
  });
});

describe('parseWorld', () => {
  const good = serializeWorld(createWorld());

  it('accepts its own output (as text or as an object), keys sorted', () => {
    expect(parseWorld(good)).toEqual({ ok: true, world: createWorld() });
    expect(parseWorld(JSON.parse(good)).ok).toBe(true);
    expect(good.indexOf('"clock"')).toBeLessThan(good.indexOf('"profile"'));
  });

  it.each([
    ['not json', '{', 'Saved lab state is not valid JSON.'],
    ['an array', [], 'Saved lab state is not an object.'],
    ['null', null, 'Saved lab state is not an object.'],
    ['a future version', { ...JSON.parse(good), schemaVersion: 2 }, 'Saved lab state has schemaVersion 2; this lab reads version 1 only.'],
    ['no version', { profile: '2021' }, 'Saved lab state has schemaVersion undefined; this lab reads version 1 only.'],
    ['a bad profile', { ...JSON.parse(good), profile: '2030' }, "Saved lab state is invalid at 'profile'"],
  ])('rejects %s with a clear message', (_name, input, message) => {
    const r = parseWorld(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.startsWith(message)).toBe(true);
  });
});
