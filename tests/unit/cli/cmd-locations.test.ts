/**
 * Regions on `az group create`, `az acr create` and `az identity create`: ARM refuses unknown
 * regions and moving an existing group; az turns display names into region names.
 */
import { describe, expect, it } from 'vitest';
import { AZURE_REGIONS } from '~/model';
import { setup } from './cmd-harness';

const REGIONS = AZURE_REGIONS.join(',');

describe('az group create locations', () => {
  it('fails for an existing group in another region, and is idempotent in the same one', () => {
    const s = setup();
    expect(s.az('group create -n rg1 -l koreacentral -o none').exitCode).toBe(0);
    const r = s.az('group create -n rg1 -l eastus');
    expect([r.exitCode, r.stdout, r.stderr]).toEqual([
      1,
      '',
      "ERROR: (InvalidResourceGroupLocation) Invalid resource group location 'eastus'. The Resource group already exists in location 'koreacentral'.\n",
    ]);
    expect(s.json('group create -n RG1 -l KoreaCentral')).toMatchObject({ name: 'rg1', location: 'koreacentral' });
    expect(s.json("group create -n rg1 -l 'Korea Central'").location).toBe('koreacentral');
    expect(s.world.resourceGroups.filter((g) => g.name === 'rg1')).toEqual([{ name: 'rg1', location: 'koreacentral' }]);
  });

  it('refuses a region that does not exist', () => {
    const s = setup();
    const r = s.az('group create -n rg3 -l mars');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      `ERROR: (LocationNotAvailableForResourceGroup) The provided location 'mars' is not available for resource group. List of available regions is '${REGIONS}'.\n`,
    );
    expect(s.world.resourceGroups.map((g) => g.name)).toEqual(['rg']);
  });

  it.each([
    ['koreasouth', 'koreasouth'],
    ['JapanEast', 'japaneast'],
    ["'West Europe'", 'westeurope'],
    ['"Korea  Central"', 'koreacentral'],
  ])('accepts %s as %s', (given, stored) => {
    expect(setup().json(`group create -n rg2 -l ${given}`).location).toBe(stored);
  });

  it('lists only lowercase names without spaces, once each', () => {
    expect(AZURE_REGIONS.every((r) => /^[a-z0-9]+$/.test(r))).toBe(true);
    expect(new Set(AZURE_REGIONS).size).toBe(AZURE_REGIONS.length);
    expect(AZURE_REGIONS).toEqual(expect.arrayContaining(['eastus', 'westeurope', 'koreacentral', 'koreasouth', 'japaneast']));
  });
});

describe('locations of resources in a group', () => {
  it.each([
    ['acr create -n myregistry -g rg --sku Basic -l jupiter', 'Microsoft.ContainerRegistry/registries'],
    ['identity create -n myidentity -g rg -l jupiter', 'Microsoft.ManagedIdentity/userAssignedIdentities'],
  ])('az %s fails with ARM\'s LocationNotAvailableForResourceType', (line, type) => {
    const s = setup();
    const r = s.az(line);
    expect([r.exitCode, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe(
      `ERROR: (LocationNotAvailableForResourceType) The provided location 'jupiter' is not available for resource type '${type}'. List of available regions for the resource type is '${REGIONS}'.\n`,
    );
    expect([s.world.registries, s.world.identities]).toEqual([[], []]);
  });

  it('uses the given region, normalised, or the group\'s when -l is left out', () => {
    const s = setup();
    expect(s.json("acr create -n myregistry -g rg --sku Basic -l 'Korea Central'").location).toBe('koreacentral');
    expect(s.json('acr create -n otherregistry -g rg --sku Basic').location).toBe('eastus');
    expect(s.json('identity create -n myidentity -g rg -l WestEurope').location).toBe('westeurope');
  });
});
