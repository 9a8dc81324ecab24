/** `az acr network-rule` and `az acr private-endpoint-connection` (facts §2, §7). */
import { describe, expect, it } from 'vitest';
import { addEndpoint, withRegistry } from './cmd-harness';

const PREMIUM_ONLY = 'ERROR: Network rules are only supported for managed registries in Premium SKU.\n';

describe('az acr network-rule', () => {
  it('adds and removes IP rules, printing the registry each time', () => {
    const s = withRegistry();
    const added = s.json('acr network-rule add -n myregistry --ip-address 203.0.113.10');
    expect(added.name).toBe('myregistry');
    expect(added.networkRuleSet.ipRules).toEqual([{ action: 'Allow', ipAddressOrRange: '203.0.113.10' }]);
    s.az('acr network-rule add -n myregistry --ip-address 198.51.100.0/24');
    expect(s.json('acr network-rule list -n myregistry')).toEqual({
      ipRules: [
        { action: 'Allow', ipAddressOrRange: '203.0.113.10' },
        { action: 'Allow', ipAddressOrRange: '198.51.100.0/24' },
      ],
      virtualNetworkRules: [],
    });
    const removed = s.json('acr network-rule remove -n myregistry --ip-address 203.0.113.10');
    expect(removed.networkRuleSet.ipRules).toEqual([{ action: 'Allow', ipAddressOrRange: '198.51.100.0/24' }]);
    expect(s.az('acr network-rule list -n myregistry --query ipRules[].ipAddressOrRange -o tsv').stdout).toBe('198.51.100.0/24\n');
  });

  it('adds a service-endpoint rule from --subnet and --vnet-name', () => {
    const s = withRegistry();
    const reg = s.json('acr network-rule add -n myregistry --vnet-name lab-vnet --subnet default');
    expect(reg.networkRuleSet.virtualNetworkRules).toEqual([
      {
        action: 'Allow',
        virtualNetworkResourceId: `/subscriptions/${s.world.subscription.id}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/lab-vnet/subnets/default`,
      },
    ]);
    const r = s.az('acr network-rule add -n myregistry --vnet-name lab-vnet');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('ERROR: Usage error: [--subnet ID | --subnet NAME --vnet-name NAME]\n');
  });

  it.each(['add -n myregistry --ip-address 203.0.113.10', 'remove -n myregistry --ip-address 203.0.113.10', 'list -n myregistry'])(
    'refuses non-Premium registries: network-rule %s',
    (rest) => {
      const s = withRegistry('2021', 'Standard');
      const r = s.az(`acr network-rule ${rest}`);
      expect([r.exitCode, r.stderr]).toEqual([1, PREMIUM_ONLY]);
    },
  );

  it('rejects an address that is not IPv4', () => {
    const s = withRegistry();
    const r = s.az('acr network-rule add -n myregistry --ip-address 2001:db8::1');
    expect(r.exitCode).not.toBe(0);
    expect(s.world.registries[0].networkRuleSet.ipRules).toEqual([]);
  });

  it('prints its help when called without a command', () => {
    const r = withRegistry().az('acr network-rule');
    expect(r.stdout).toContain('az acr network-rule :');
    expect(r.stdout).toMatch(/add\s+:/);
  });
});

describe('az acr private-endpoint-connection', () => {
  it('lists, shows, approves, rejects and deletes connections', () => {
    const s = withRegistry();
    addEndpoint(s, 'myregistry', 'pe-lab', 'Pending');
    const list = s.json('acr private-endpoint-connection list -r myregistry');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      name: 'pe-lab',
      privateLinkServiceConnectionState: { status: 'Pending' },
      type: 'Microsoft.ContainerRegistry/registries/privateEndpointConnections',
      resourceGroup: 'rg',
    });
    expect(list[0].id).toMatch(/\/registries\/myregistry\/privateEndpointConnections\/pe-lab$/);

    const approved = s.json('acr private-endpoint-connection approve -n pe-lab -r myregistry --description ok');
    expect(approved.privateLinkServiceConnectionState).toMatchObject({ status: 'Approved', description: 'ok' });
    expect(s.az('acr private-endpoint-connection show -n pe-lab -r myregistry --query privateLinkServiceConnectionState.status -o tsv').stdout).toBe('Approved\n');
    expect(s.json('acr show -n myregistry --query privateEndpointConnections[0].privateLinkServiceConnectionState.status')).toBe('Approved');

    s.az('acr private-endpoint-connection reject -n pe-lab -r myregistry');
    expect(s.world.registries[0].privateEndpointConnections[0].privateLinkServiceConnectionState.status).toBe('Rejected');

    const del = s.az('acr private-endpoint-connection delete -n pe-lab -r myregistry');
    expect([del.exitCode, del.stdout]).toEqual([0, '']);
    expect(s.json('acr private-endpoint-connection list -r myregistry')).toEqual([]);
  });

  it.each(['show', 'approve', 'reject', 'delete'])('%s of an unknown connection is a 404 (exit 3)', (verb) => {
    const r = withRegistry().az(`acr private-endpoint-connection ${verb} -n nope -r myregistry`);
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toContain("(ResourceNotFound) The Resource 'Microsoft.ContainerRegistry/registries/myregistry/privateEndpointConnections/nope'");
  });

  it('requires the connection and the registry, in that order', () => {
    const r = withRegistry().az('acr private-endpoint-connection show');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('the following arguments are required: --name/-n, --registry-name/-r');
  });
});
