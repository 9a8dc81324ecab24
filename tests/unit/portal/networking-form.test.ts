import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addIpRule, findRegistry, updateRegistry, type World } from '~/model';
import { bladeLayout, checkRange, formFromRegistry, sameForm, withClientIp, type NetworkingForm } from '~/lab/portal/networking-form';
import { CLIENT_IP, must, REG, setup } from './setup';

const form = (w: World) => formFromRegistry(findRegistry(w, REG)!);

describe('formFromRegistry: the option the portal shows for the registry', () => {
  it.each<{ name: string; change: (w: World) => World; expected: NetworkingForm }>([
    { name: 'a new registry', change: (w) => w, expected: { access: 'all', trustedServices: true, ipRanges: [] } },
    {
      name: 'default action Deny with an IP rule',
      change: (w) => must(updateRegistry(must(addIpRule(w, { registry: REG, ipAddressOrRange: CLIENT_IP })), { name: REG, defaultAction: 'Deny' })),
      expected: { access: 'selected', trustedServices: true, ipRanges: [CLIENT_IP] },
    },
    {
      name: 'public access disabled, trusted services off',
      change: (w) => must(updateRegistry(w, { name: REG, publicNetworkEnabled: false, allowTrustedServices: false })),
      expected: { access: 'disabled', trustedServices: false, ipRanges: [] },
    },
    {
      name: 'disabled wins over a Deny default action',
      change: (w) => must(updateRegistry(w, { name: REG, publicNetworkEnabled: false, defaultAction: 'Deny' })),
      expected: { access: 'disabled', trustedServices: true, ipRanges: [] },
    },
  ])('$name', ({ change, expected }) => {
    expect(form(change(setup()))).toEqual(expected);
  });
});

describe('sameForm', () => {
  const base: NetworkingForm = { access: 'selected', trustedServices: true, ipRanges: ['10.0.0.0/24', CLIENT_IP] };
  it.each<{ name: string; other: NetworkingForm; same: boolean }>([
    { name: 'identical', other: { ...base }, same: true },
    { name: 'ranges in another order', other: { ...base, ipRanges: [CLIENT_IP, '10.0.0.0/24'] }, same: true },
    { name: 'one range fewer', other: { ...base, ipRanges: [CLIENT_IP] }, same: false },
    { name: 'other access', other: { ...base, access: 'disabled' }, same: false },
    { name: 'exception cleared', other: { ...base, trustedServices: false }, same: false },
  ])('$name → $same', ({ other, same }) => {
    expect(sameForm(base, other)).toBe(same);
  });
});

describe('bladeLayout', () => {
  const saved: NetworkingForm = { access: 'all', trustedServices: true, ipRanges: [] };
  it.each<{ access: NetworkingForm['access']; firewall: boolean; exception: boolean }>([
    { access: 'all', firewall: false, exception: false },
    { access: 'selected', firewall: true, exception: true },
    { access: 'disabled', firewall: false, exception: true },
  ])('shows the firewall list and the exception as the portal does for $access', ({ access, firewall, exception }) => {
    const layout = bladeLayout('Premium', saved, { ...saved, access });
    expect([layout.showFirewall, layout.showException]).toEqual([firewall, exception]);
  });

  it.each(['Basic', 'Standard'] as const)('greys out Selected networks and Disabled on %s, and says why', (sku) => {
    const layout = bladeLayout(sku, saved, saved);
    expect(layout.enabled).toEqual({ all: true, selected: false, disabled: false });
    expect(layout.premiumNote).toBe(sku);
  });

  it('offers every option on Premium', () => {
    expect(bladeLayout('Premium', saved, saved)).toMatchObject({ enabled: { all: true, selected: true, disabled: true }, premiumNote: null });
  });
});

describe('checkRange', () => {
  it.each<{ text: string; result: ReturnType<typeof checkRange> }>([
    { text: ' 198.51.100.0/24 ', result: { ok: true, range: '198.51.100.0/24' } },
    { text: '198.51.100.7', result: { ok: true, range: '198.51.100.7' } },
    { text: '', result: { ok: false, problem: 'empty' } },
    { text: '198.51.100.0/33', result: { ok: false, problem: 'invalid' } },
    { text: '2001:db8::1', result: { ok: false, problem: 'invalid' } },
    { text: CLIENT_IP, result: { ok: false, problem: 'duplicate' } },
  ])('"$text"', ({ text, result }) => {
    expect(checkRange(text, [CLIENT_IP])).toEqual(result);
  });
});

describe('withClientIp', () => {
  it('adds the workstation address once and removes only it', () => {
    const added = withClientIp(['10.0.0.0/8'], CLIENT_IP, true);
    expect(added).toEqual(['10.0.0.0/8', CLIENT_IP]);
    expect(withClientIp(added, CLIENT_IP, true)).toEqual(added);
    expect(withClientIp(added, CLIENT_IP, false)).toEqual(['10.0.0.0/8']);
  });
});

describe('sameForm is order-blind (property)', () => {
  it('holds for shuffled ranges', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.ipV4(), { maxLength: 6 }), fc.boolean(), (ranges, trusted) => {
        const a: NetworkingForm = { access: 'selected', trustedServices: trusted, ipRanges: ranges };
        expect(sameForm(a, { ...a, ipRanges: [...ranges].reverse() })).toBe(true);
      }),
    );
  });
});
