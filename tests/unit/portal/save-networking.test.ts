import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, findRegistry, outcomeMatrix, updateRegistry, type World } from '~/model';
import { formFromRegistry, sameForm, type NetworkingForm } from '~/lab/portal/networking-form';
import { registryPatch, saveNetworking } from '~/lab/portal/save-networking';
import { CLIENT_IP, must, REG, setup } from './setup';

const reg = (w: World) => findRegistry(w, REG)!;
const START: NetworkingForm = { access: 'all', trustedServices: true, ipRanges: [] };

describe('saveNetworking applies the page through the model', () => {
  it.each<{ name: string; draft: NetworkingForm; expect: Record<string, unknown> }>([
    {
      name: 'Disabled',
      draft: { ...START, access: 'disabled' },
      expect: { publicNetworkAccess: 'Disabled', networkRuleBypassOptions: 'AzureServices', defaultAction: 'Allow' },
    },
    {
      name: 'Disabled without the trusted-services exception',
      draft: { ...START, access: 'disabled', trustedServices: false },
      expect: { publicNetworkAccess: 'Disabled', networkRuleBypassOptions: 'None', defaultAction: 'Allow' },
    },
    {
      name: 'Selected networks with the client IP',
      draft: { access: 'selected', trustedServices: true, ipRanges: [CLIENT_IP] },
      expect: { publicNetworkAccess: 'Enabled', networkRuleBypassOptions: 'AzureServices', defaultAction: 'Deny', ipRules: [CLIENT_IP] },
    },
  ])('$name', ({ draft, expect: want }) => {
    const result = saveNetworking(setup(), REG, draft);
    if (!result.ok) throw new Error(result.error.message);
    const r = reg(result.world);
    expect({
      publicNetworkAccess: r.publicNetworkAccess,
      networkRuleBypassOptions: r.networkRuleBypassOptions,
      defaultAction: r.networkRuleSet.defaultAction,
      ...(want.ipRules ? { ipRules: r.networkRuleSet.ipRules.map((i) => i.ipAddressOrRange) } : {}),
    }).toEqual(want);
  });

  it('locks every trusted service out once Disabled is saved without the exception (lesson 4, step 2)', () => {
    const result = saveNetworking(setup(), REG, { ...START, access: 'disabled', trustedServices: false });
    if (!result.ok) throw new Error(result.error.message);
    for (const caller of [{ kind: 'defender' }, { kind: 'sample-task' }] as const) {
      expect(decide(result.world, { caller, operation: 'pull', registry: REG }).allowed).toBe(false);
    }
    const before = outcomeMatrix(setup(), REG).filter((row) => row.pull.allowed).length;
    expect(outcomeMatrix(result.world, REG).filter((row) => row.pull.allowed).length).toBeLessThan(before);
  });

  it('going back to All networks sets the default action to Allow and keeps the IP rules', () => {
    const selected = saveNetworking(setup(), REG, { access: 'selected', trustedServices: true, ipRanges: [CLIENT_IP] });
    if (!selected.ok) throw new Error(selected.error.message);
    const all = saveNetworking(selected.world, REG, { access: 'all', trustedServices: true, ipRanges: [CLIENT_IP] });
    if (!all.ok) throw new Error(all.error.message);
    expect(reg(all.world).networkRuleSet).toMatchObject({ defaultAction: 'Allow', ipRules: [{ ipAddressOrRange: CLIENT_IP }] });
  });

  it.each<{ name: string; sku: string; draft: NetworkingForm; message: string }>([
    { name: 'Selected networks on Basic', sku: 'Basic', draft: { ...START, access: 'selected' }, message: 'Network rules are only supported for managed registries in Premium SKU.' },
    { name: 'an IP rule on Standard', sku: 'Standard', draft: { ...START, ipRanges: [CLIENT_IP] }, message: 'Network rules are only supported for managed registries in Premium SKU.' },
    {
      name: 'Disabled on Standard',
      sku: 'Standard',
      draft: { ...START, access: 'disabled' },
      message: '(DisablingPublicNetworkAccessNotSupported) Disabling public network access is not supported for the SKU Standard.',
    },
  ])('refuses $name with the model error and changes nothing', ({ sku, draft, message }) => {
    const world = setup(sku);
    const result = saveNetworking(world, REG, draft);
    expect(result.ok ? 'saved' : result.error.message).toBe(message);
  });

  it('all or nothing: a failing step leaves no half-saved rule behind', () => {
    const world = setup();
    const result = saveNetworking(world, REG, { access: 'selected', trustedServices: true, ipRanges: [CLIENT_IP, '300.1.1.1'] });
    expect(result.ok).toBe(false);
    expect(reg(world).networkRuleSet.ipRules).toEqual([]);
  });

  it('reports a registry that no longer exists with az’s not-found error', () => {
    const result = saveNetworking(setup(), 'gone', START);
    expect(result.ok ? '' : result.error.code).toBe('ResourceNotFound');
  });

  it('on Basic, changing only the exception works (no network rule is sent)', () => {
    const result = saveNetworking(setup('Basic'), REG, { ...START, trustedServices: false });
    expect(result.ok && reg(result.world).networkRuleBypassOptions).toBe('None');
    expect(registryPatch(reg(setup('Basic')), { ...START, trustedServices: false })).toEqual({ allowTrustedServices: false });
  });

  it('saves the registry as it is now: a terminal change to another setting survives', () => {
    const changed = must(updateRegistry(setup(), { name: REG, allowTrustedServices: false }));
    const result = saveNetworking(changed, REG, { ...START, access: 'disabled', trustedServices: false });
    expect(result.ok && registryPatch(reg(changed), { ...START, access: 'disabled', trustedServices: false })).toEqual({ publicNetworkEnabled: false });
  });
});

describe('saving any Premium draft makes the registry read back as that draft (property)', () => {
  const draft = fc.record({
    access: fc.constantFrom<NetworkingForm['access']>('all', 'selected', 'disabled'),
    trustedServices: fc.boolean(),
    ipRanges: fc.uniqueArray(fc.oneof(fc.ipV4(), fc.ipV4().map((ip) => `${ip.replace(/\.\d+$/, '.0')}/24`)), { maxLength: 5 }),
  });
  it('round-trips, also from an arbitrary earlier save', () => {
    fc.assert(
      fc.property(draft, draft, (first, second) => {
        const a = saveNetworking(setup(), REG, first);
        if (!a.ok) return false;
        const b = saveNetworking(a.world, REG, second);
        if (!b.ok) return false;
        const read = formFromRegistry(reg(b.world));
        // Disabled keeps whatever default action was there: compare the page's own fields.
        return sameForm(read, second);
      }),
      { numRuns: 200 },
    );
  });
});
