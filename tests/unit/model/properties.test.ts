/** Properties of the decision and the operations (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, outcomeMatrix, parseWorld, runTask, serializeWorld, type Registry, type World } from '../../../src/model/index';
import { buildWorld, configArb, requestArb } from './arbitraries';
import { REG, deepFreeze, must } from './helpers';

const patch = (w: World, f: (r: Registry) => Registry): World => ({ ...w, registries: w.registries.map((r) => (r.name === REG ? f(r) : r)) });
const RUNS = { numRuns: 300 };

describe('decision properties', () => {
  it('turning trusted services off never allows a request that was denied', () => {
    fc.assert(
      fc.property(configArb, requestArb, (c, req) => {
        const w = buildWorld(c);
        const off = patch(w, (r) => ({ ...r, networkRuleBypassOptions: 'None' }));
        if (!decide(w, req).allowed) expect(decide(off, req).allowed).toBe(false);
      }),
      RUNS,
    );
  });

  it('disabling public access never allows more', () => {
    fc.assert(
      fc.property(configArb, requestArb, (c, req) => {
        const w = buildWorld(c);
        const closed = patch(w, (r) => ({ ...r, publicNetworkAccess: 'Disabled' }));
        if (decide(closed, req).allowed) expect(decide(w, req).allowed).toBe(true);
      }),
      RUNS,
    );
  });

  it('a caller on an approved private endpoint ignores IP rules and public access', () => {
    fc.assert(
      fc.property(configArb, fc.boolean(), fc.boolean(), fc.constantFrom('pull' as const, 'push' as const), (c, pub, deny, operation) => {
        const w = buildWorld({ ...c, endpoint: 'Approved' });
        const other = patch(w, (r) => ({
          ...r,
          publicNetworkAccess: pub ? 'Enabled' : 'Disabled',
          networkRuleSet: { ...r.networkRuleSet, defaultAction: deny ? 'Deny' : 'Allow', ipRules: [] },
        }));
        const req = { caller: { kind: 'vnet-vm' } as const, operation, registry: REG };
        const d = decide(w, req);
        expect(d.trail?.[0]).toBe('network.private-endpoint');
        expect(decide(other, req)).toEqual(d);
      }),
      RUNS,
    );
  });

  it('no role (and no anonymous pull) means never authorised past the network', () => {
    fc.assert(
      fc.property(configArb, requestArb, (c, req) => {
        const w = buildWorld({ ...c, taskRole: null, userOwner: false, anonymousPull: false, authMode: 'None' });
        const realPrincipal = ['workstation', 'vnet-vm', 'acr-task', 'acr-import'].includes(req.caller.kind);
        if (realPrincipal) expect(decide(w, req).allowed).toBe(false);
      }),
      RUNS,
    );
  });

  it('decide is pure: same answer twice, frozen input untouched', () => {
    fc.assert(
      fc.property(configArb, requestArb, (c, req) => {
        const w = deepFreeze(buildWorld(c));
        const before = serializeWorld(w);
        const a = decide(w, req);
        expect(decide(w, req)).toEqual(a);
        expect(serializeWorld(w)).toBe(before);
        expect(outcomeMatrix(w, REG)).toEqual(outcomeMatrix(w, REG));
      }),
      { numRuns: 150 },
    );
  });

  it('every denial names a layer and, at the network, the source IP or a private path', () => {
    fc.assert(
      fc.property(configArb, requestArb, (c, req) => {
        const d = decide(buildWorld(c), req);
        expect(d.trail?.at(-1)).toBe(d.rule);
        if (d.allowed) expect(d.fixes).toEqual([]);
        if (!d.allowed && d.layer === 'network' && d.rule !== 'network.private-endpoint') expect(d.sourceIp).toBeDefined();
      }),
      RUNS,
    );
  });

  it('every suggested network fix really flips the network verdict', () => {
    fc.assert(
      fc.property(configArb, requestArb, (c, req) => {
        const w = buildWorld(c);
        const d = decide(w, req);
        if (d.allowed || d.layer !== 'network') return;
        for (const fix of d.fixes) {
          const applied =
            fix.key === 'model.fix.allow-trusted-services' ? patch(w, (r) => ({ ...r, networkRuleBypassOptions: 'AzureServices' }))
            : fix.key === 'model.fix.enable-public-access' ? patch(w, (r) => ({ ...r, publicNetworkAccess: 'Enabled' }))
            : fix.key === 'model.fix.tasks-bypass-flag' ? patch(w, (r) => ({ ...r, networkRuleBypassAllowedForTasks: true }))
            : null;
          if (applied) expect(decide(applied, req).layer === 'network' && !decide(applied, req).allowed).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('persistence', () => {
  it('serialise → parse round-trips (including runs with decisions)', () => {
    fc.assert(
      fc.property(configArb, (c) => {
        const w = must(runTask(buildWorld({ ...c, signedIn: true }), { registry: REG, task: 'probe-task' })).world;
        const parsed = parseWorld(serializeWorld(w));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) {
          expect(parsed.world).toEqual(w);
          expect(serializeWorld(parsed.world)).toBe(serializeWorld(w));
        }
      }),
      { numRuns: 100 },
    );
  });
});
