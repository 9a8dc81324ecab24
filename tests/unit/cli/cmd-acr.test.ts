/** `az acr create|update|show|list|delete` as whole command lines (facts §2, §7). */
import { describe, expect, it } from 'vitest';
import { SEED_TASK, setup, withRegistry, type Session } from './cmd-harness';

describe('az acr create', () => {
  it('prints the registry with az keys, sorted, and the defaults of facts §2', () => {
    const s = setup();
    const reg = s.json('acr create -n myregistry -g rg --sku Premium');
    expect(Object.keys(reg)).toEqual([...Object.keys(reg)].sort());
    expect(reg).toMatchObject({
      name: 'myregistry',
      loginServer: 'myregistry.azurecr.io',
      resourceGroup: 'rg',
      location: 'eastus',
      type: 'Microsoft.ContainerRegistry/registries',
      sku: { name: 'Premium', tier: 'Premium' },
      publicNetworkAccess: 'Enabled',
      networkRuleBypassOptions: 'AzureServices',
      networkRuleBypassAllowedForTasks: false,
      networkRuleSet: { defaultAction: 'Allow', ipRules: [], virtualNetworkRules: [] },
      adminUserEnabled: false,
      anonymousPullEnabled: false,
      roleAssignmentMode: 'LegacyRegistryPermissions',
      encryption: { status: 'disabled' },
      policies: { trustPolicy: { type: 'Notary' } },
    });
    expect(reg.id).toBe(`/subscriptions/${s.world.subscription.id}/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/myregistry`);
    expect(reg.creationDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/);
  });

  it('applies the network flags and warns when the public endpoint is turned off', () => {
    const s = setup();
    const r = s.az('acr create -n myregistry -g rg --sku Premium --default-action Deny --public-network-enabled false --allow-trusted-services false');
    expect(r.exitCode).toBe(0);
    expect(r.stderr.split('\n')).toEqual([
      "WARNING: Argument '--allow-trusted-services' is in preview and under development. Reference and support levels: https://aka.ms/CLI_refstatus",
      'WARNING: Disabling the public endpoint overrides all firewall configurations.',
      '',
    ]);
    expect(JSON.parse(r.stdout)).toMatchObject({ publicNetworkAccess: 'Disabled', networkRuleBypassOptions: 'None', networkRuleSet: { defaultAction: 'Deny' } });
  });

  it('strips a .azurecr.io suffix with a warning', () => {
    const s = setup();
    const r = s.az('acr create -n myregistry.azurecr.io -g rg --sku Basic -o none');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain("WARNING: The login server endpoint suffix '.azurecr.io' is automatically omitted.");
    expect(s.world.registries.map((x) => x.name)).toEqual(['myregistry']);
  });

  describe.each([
    ['acr create', 2, 'ERROR: the following arguments are required: --name/-n, --resource-group/-g, --sku'],
    ['acr create -n myregistry -g rg --sku Gold', 2, "ERROR: az acr create: 'Gold' is not a valid value for '--sku'. Allowed values: Classic, Basic, Standard, Premium."],
    ['acr create -n MyRegistry -g rg --sku Basic', 1, 'argument error: Registry name must use only lowercase.'],
    ['acr create -n my-registry -g rg --sku Basic', 1, 'argument error: Registry name cannot contain dashes.'],
    ['acr create -n myregistry -g nogroup --sku Basic', 3, "(ResourceGroupNotFound) Resource group 'nogroup' could not be found."],
    ['acr create -n myregistry -g rg --sku Basic --default-action Deny', 1, 'Network rules are only supported for managed registries in Premium SKU.'],
    ['acr create -n myregistry -g rg --sku Classic', 1, 'Classic SKU is no longer supported. Please select a managed SKU.'],
    ['acr create -n myregistry -g rg --sku Basic --public-network-enabled false', 1, '(DisablingPublicNetworkAccessNotSupported) Disabling public network access is not supported for the SKU Basic.'],
    ['acr create -n myregistry -g rg --sku Basic --admin-enabled maybe', 2, "'maybe' is not a valid value for '--admin-enabled'. Allowed values: true, false."],
  ])('%s', (line, code, message) => {
    it(`exits ${code} with az's message`, () => {
      const s = setup();
      const r = s.az(line);
      expect(r.exitCode).toBe(code);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
      expect(s.world.registries).toHaveLength(0);
    });
  });

  it('refuses a name that is already taken anywhere', () => {
    const s = withRegistry();
    const r = s.az('acr create -n myregistry -g rg --sku Basic');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('(AlreadyInUse) The registry DNS name myregistry.azurecr.io is already in use.');
  });
});

describe('az acr show / list', () => {
  it('answers --query with tsv and table output with the acr transformer columns', () => {
    const s = withRegistry();
    expect(s.az('acr show -n myregistry --query loginServer -o tsv').stdout).toBe('myregistry.azurecr.io\n');
    const table = s.az('acr list -o table').stdout.split('\n');
    expect(table[0].split(/\s{2,}/)).toEqual(['NAME', 'RESOURCE GROUP', 'LOCATION', 'SKU', 'LOGIN SERVER', 'CREATION DATE', 'ADMIN ENABLED']);
    expect(table[2].split(/\s{2,}/)).toEqual(['myregistry', 'rg', 'eastus', 'Premium', 'myregistry.azurecr.io', expect.stringMatching(/^2026-11-29T10:00:\d\dZ$/), 'False']);
  });

  it('filters by resource group', () => {
    const s = withRegistry();
    s.az('group create -n other -l westus');
    s.az('acr create -n otherregistry -g other --sku Basic');
    expect(s.json('acr list --query [].name')).toEqual(['myregistry', 'otherregistry']);
    expect(s.json('acr list -g other --query [].name')).toEqual(['otherregistry']);
    expect(s.az('acr list -g nogroup').exitCode).toBe(3);
  });

  describe.each([
    ['acr show -n nothere1', 3, "The resource with name 'nothere1' and type 'Microsoft.ContainerRegistry/registries' could not be found in subscription"],
    ['acr show -n myregistry -g nogroup', 3, "(ResourceGroupNotFound) Resource group 'nogroup' could not be found."],
    ['acr show -n ab', 1, 'Registry names may contain only alpha numeric characters and must be between 5 and 50 characters'],
    ['acr show', 2, 'the following arguments are required: --name/-n'],
    ['acr show -n myregistry -o xml', 2, "az acr show: 'xml' is not a valid value for '--output'."],
  ])('%s', (line, code, message) => {
    it(`exits ${code}`, () => {
      const r = withRegistry().az(line);
      expect(r.exitCode).toBe(code);
      expect(r.stderr).toContain(message);
    });
  });

  it('needs a signed-in account', () => {
    const s = withRegistry();
    s.az('logout');
    const r = s.az('acr show -n myregistry');
    expect([r.exitCode, r.stderr]).toEqual([1, "ERROR: Please run 'az login' to setup account.\n"]);
  });
});

describe('az acr update', () => {
  it('turns trusted services off and back on (the seed commands)', () => {
    const s = withRegistry();
    expect(s.json('acr update --name myregistry --allow-trusted-services false').networkRuleBypassOptions).toBe('None');
    expect(s.json('acr update --name myregistry --allow-trusted-services true').networkRuleBypassOptions).toBe('AzureServices');
  });

  it('sets networkRuleBypassAllowedForTasks through the generic --set', () => {
    const s = withRegistry('current');
    expect(s.json('acr update -n myregistry --set networkRuleBypassAllowedForTasks=true').networkRuleBypassAllowedForTasks).toBe(true);
    expect(s.world.registries[0].networkRuleBypassAllowedForTasks).toBe(true);
  });

  it('adds and removes IP rules through --add/--remove', () => {
    const s = withRegistry();
    expect(s.json('acr update -n myregistry --add networkRuleSet.ipRules ipAddressOrRange=203.0.113.10').networkRuleSet.ipRules).toEqual([
      { action: 'Allow', ipAddressOrRange: '203.0.113.10' },
    ]);
    expect(s.json('acr update -n myregistry --remove networkRuleSet.ipRules 0').networkRuleSet.ipRules).toEqual([]);
  });

  it.each([
    ['acr update -n myregistry --set bogus=1', 1, "Couldn't find 'bogus'"],
    ['acr update -n myregistry --set networkRuleBypassAllowedForTasks', 1, 'usage error: --set'],
    ['acr update -n nothere1 --admin-enabled true', 3, "The resource with name 'nothere1'"],
    ['acr update -n myregistry --bogus 1', 2, 'unrecognized arguments: --bogus 1'],
  ])('%s exits %i', (line, code, message) => {
    const s = withRegistry();
    const before = s.world;
    const r = s.az(line);
    expect(r.exitCode).toBe(code);
    expect(r.stderr).toContain(message);
    expect(s.world).toBe(before);
  });
});

describe('az acr delete', () => {
  it('needs --yes without a terminal, then deletes silently', () => {
    const s = withRegistry();
    const r = s.az('acr delete -n myregistry');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Use --yes.');
    const ok = s.az('acr delete -n myregistry --yes');
    expect([ok.exitCode, ok.stdout]).toEqual([0, '']);
    expect(s.world.registries).toEqual([]);
  });

  // az would ask on a terminal; the lab cannot, so every delete that asks wants --yes there too.
  it.each([
    ['acr delete -n myregistry', (s: Session) => s.world.registries.length],
    ['acr task delete -n hello-world -r myregistry', (s: Session) => s.world.tasks.length],
    ['group delete -n rg', (s: Session) => s.world.resourceGroups.length],
  ])('in the lab terminal too: %s', (line, count) => {
    const s = withRegistry();
    expect(s.az(SEED_TASK).exitCode).toBe(0);
    const before = count(s);
    const r = s.az(line, { isTty: true });
    expect([r.exitCode, r.stderr]).toEqual([1, expect.stringContaining('Unable to prompt for confirmation as no tty available. Use --yes.')]);
    expect(count(s)).toBe(before);
    expect(s.az(`${line} --yes`, { isTty: true }).exitCode).toBe(0);
    expect(count(s)).toBe(before - 1);
  });
});
