/** Every operation error with its az text and exit code (facts §7). */
import { describe, expect, it } from 'vitest';
import {
  addIpRule,
  addTaskCredential,
  assignRole,
  createGroup,
  createRegistry,
  createTask,
  deleteGroup,
  deleteRegistry,
  removeTaskCredential,
  setRegistryProperty,
  signOut,
  updateRegistry,
  type World,
} from '../../../src/model/index';
import { REG, RG, must, mustFail, registryWorld } from './helpers';

const base = (sku = 'Premium') => registryWorld('2021', sku);
const SUB = "'Lab Subscription (aaaaaaaa-0000-4000-8000-000000000001)'";

describe('az acr create errors', () => {
  it.each([
    ['ab', 'Premium', {}, 'Registry names may contain only alpha numeric characters and must be between 5 and 50 characters', 1],
    ['myreg_1', 'Premium', {}, 'Registry names may contain only alpha numeric characters and must be between 5 and 50 characters', 1],
    ['newregistry', 'Basic', { defaultAction: 'Deny' }, 'Network rules are only supported for managed registries in Premium SKU.', 1],
    ['newregistry', 'Standard', { defaultAction: 'Allow' }, 'Network rules are only supported for managed registries in Premium SKU.', 1],
    ['newregistry', 'Classic', {}, 'Classic SKU is no longer supported. Please select a managed SKU.', 1],
    ['newregistry', 'Gold', {}, "az acr create: 'Gold' is not a valid value for '--sku'. Allowed values: Classic, Basic, Standard, Premium.", 2],
    ['MyRegistry', 'Premium', {}, 'argument error: Registry name must use only lowercase.', 1],
    ['my-registry', 'Premium', {}, 'argument error: Registry name cannot contain dashes.', 1],
    // az's regex (re.match '\w*[A-Z]') only sees capitals before the first dash.
    ['my-Registry', 'Premium', {}, 'argument error: Registry name cannot contain dashes.', 1],
    [REG, 'Premium', {}, `(AlreadyInUse) The registry DNS name ${REG}.azurecr.io is already in use.`, 1],
    ['basicregistry', 'Basic', { publicNetworkEnabled: false }, '(DisablingPublicNetworkAccessNotSupported) Disabling public network access is not supported for the SKU Basic.', 1],
    ['stdregistry', 'standard', { publicNetworkEnabled: false }, '(DisablingPublicNetworkAccessNotSupported) Disabling public network access is not supported for the SKU Standard.', 1],
  ] as const)('%s / %s %o → %s', (name, sku, extra, message, exitCode) => {
    const e = mustFail(createRegistry(base(), { name, resourceGroup: RG, sku, ...extra }));
    expect(e.message.startsWith(message)).toBe(true);
    expect(e.exitCode).toBe(exitCode);
  });

  it('a name taken in another group is still taken (DNS names are global)', () => {
    const w = must(createGroup(base(), { name: 'other-rg', location: 'westus' })).world;
    expect(mustFail(createRegistry(w, { name: REG.toUpperCase().toLowerCase(), resourceGroup: 'other-rg', sku: 'Basic' })).code).toBe('AlreadyInUse');
  });

  it('missing group → exit 3', () => {
    expect(mustFail(createRegistry(base(), { name: 'newregistry', resourceGroup: 'nope', sku: 'Basic' }))).toEqual({
      code: 'ResourceGroupNotFound',
      message: "(ResourceGroupNotFound) Resource group 'nope' could not be found.",
      exitCode: 3,
    });
  });

  it('signed out → exit 1 with the az login hint', () => {
    expect(mustFail(createRegistry(must(signOut(base())).world, { name: 'newregistry', resourceGroup: RG, sku: 'Basic' }))).toEqual({
      code: 'NotSignedIn',
      message: "Please run 'az login' to setup account.",
      exitCode: 1,
    });
  });

  it('creates with the documented defaults', () => {
    const r = must(createRegistry(base(), { name: 'newregistry', resourceGroup: 'LAB-RG', sku: 'premium', publicNetworkEnabled: false, allowTrustedServices: false }));
    expect(r.value).toMatchObject({ sku: 'Premium', resourceGroup: RG, location: 'koreacentral', publicNetworkAccess: 'Disabled', networkRuleBypassOptions: 'None', networkRuleBypassAllowedForTasks: false, adminUserEnabled: false, anonymousPullEnabled: false });
    expect(r.warnings).toEqual(['Disabling the public endpoint overrides all firewall configurations.']);
  });
});

describe('az acr update errors', () => {
  it.each([
    [{ name: 'nosuchregistry' }, `The resource with name 'nosuchregistry' and type 'Microsoft.ContainerRegistry/registries' could not be found in subscription ${SUB}.`, 3],
    [{ name: REG, resourceGroup: 'other' }, "(ResourceGroupNotFound) Resource group 'other' could not be found.", 3],
    [{ name: 'nosuchregistry', resourceGroup: RG }, `(ResourceNotFound) The Resource 'Microsoft.ContainerRegistry/registries/nosuchregistry' under resource group '${RG}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`, 3],
    [{ name: REG, sku: 'Classic' }, 'Classic SKU is no longer supported. Please select a managed SKU.', 1],
    [{ name: REG, sku: 'Basic', defaultAction: 'Deny' }, 'Network rules are only supported for managed registries in Premium SKU.', 1],
  ] as const)('%o → %s', (input, message, exitCode) => {
    expect(mustFail(updateRegistry(base(), input))).toMatchObject({ message, exitCode });
  });

  it('Basic cannot disable public access or allow anonymous pull', () => {
    expect(mustFail(updateRegistry(base('Basic'), { name: REG, publicNetworkEnabled: false })).code).toBe('DisablingPublicNetworkAccessNotSupported');
    expect(mustFail(updateRegistry(base('Basic'), { name: REG, anonymousPullEnabled: true })).code).toBe('AnonymousPullNotSupported');
  });

  it('a Premium registry with IP rules cannot drop to Standard', () => {
    const w = must(addIpRule(base(), { registry: REG, ipAddressOrRange: '203.0.113.10' })).world;
    expect(mustFail(updateRegistry(w, { name: REG, sku: 'Standard' })).message).toBe('Network rules are only supported for managed registries in Premium SKU.');
  });
});

describe('generic --set/--add/--remove', () => {
  const set = (w: World, path: string, value: string, op: 'set' | 'add' | 'remove' = 'set') => setRegistryProperty(w, { name: REG, path, value, op });

  it.each([
    ['networkRuleBypassAllowedForTasks', 'true', (w: World) => w.registries[0].networkRuleBypassAllowedForTasks, true],
    ['NETWORKRULEBYPASSOPTIONS', 'none', (w: World) => w.registries[0].networkRuleBypassOptions, 'None'],
    ['publicNetworkAccess', 'Disabled', (w: World) => w.registries[0].publicNetworkAccess, 'Disabled'],
    ['networkRuleSet.defaultAction', 'deny', (w: World) => w.registries[0].networkRuleSet.defaultAction, 'Deny'],
    ['adminUserEnabled', 'true', (w: World) => w.registries[0].adminUserEnabled, true],
    ['anonymousPullEnabled', 'TRUE', (w: World) => w.registries[0].anonymousPullEnabled, true],
  ])('--set %s=%s', (path, value, read, expected) => {
    expect(read(must(set(base(), path, value)).world)).toBe(expected);
  });

  it('--add/--remove networkRuleSet.ipRules', () => {
    const added = must(set(base(), 'networkRuleSet.ipRules', 'ipAddressOrRange=203.0.113.0/24', 'add')).world;
    const json = must(set(added, 'networkRuleSet.ipRules', '{"ipAddressOrRange":"198.51.100.7"}', 'add')).world;
    expect(json.registries[0].networkRuleSet.ipRules.map((r) => r.ipAddressOrRange)).toEqual(['203.0.113.0/24', '198.51.100.7']);
    expect(must(set(json, 'networkRuleSet.ipRules', '0', 'remove')).world.registries[0].networkRuleSet.ipRules).toHaveLength(1);
    expect(mustFail(set(json, 'networkRuleSet.ipRules', '7', 'remove')).message).toBe("index 7 doesn't exist on ipRules");
  });

  it.each([
    ['bogus', 'x', 'set', "Couldn't find 'bogus' in ''. Available options: ['adminUserEnabled', 'anonymousPullEnabled', 'networkRuleBypassAllowedForTasks', 'networkRuleBypassOptions', 'networkRuleSet', 'publicNetworkAccess']", 1],
    ['networkRuleSet.bogus', 'x', 'set', "Couldn't find 'bogus' in 'networkRuleSet'. Available options: ['defaultAction', 'ipRules', 'virtualNetworkRules']", 1],
    ['__proto__', 'x', 'add', "Couldn't find '__proto__' in ''.", 1],
    ['networkRuleBypassAllowedForTasks', 'maybe', 'set', "Invalid value 'maybe' for 'networkRuleBypassAllowedForTasks'. Allowed values: true, false.", 1],
    ['publicNetworkAccess', 'x', 'set', "Invalid value 'x' for 'publicNetworkAccess'", 1],
    ['networkRuleBypassOptions', 'x', 'set', "Invalid value 'x' for 'networkRuleBypassOptions'", 1],
    ['networkRuleSet.defaultAction', 'x', 'set', "Invalid value 'x' for 'networkRuleSet.defaultAction'", 1],
    ['adminUserEnabled', 'x', 'set', "Invalid value 'x'", 1],
    ['anonymousPullEnabled', 'x', 'set', "Invalid value 'x'", 1],
    ['adminUserEnabled', 'x', 'add', 'usage error: --add property.listProperty', 1],
    ['networkRuleSet.ipRules', 'x', 'set', "usage error: use --add or --remove for 'networkRuleSet.ipRules'", 1],
  ] as const)('%s %s (%s) → %s', (path, value, op, message, exitCode) => {
    const e = mustFail(set(base(), path, value, op));
    expect(e.message.startsWith(message)).toBe(true);
    expect(e.exitCode).toBe(exitCode);
  });

  it('publicNetworkAccess=Disabled keeps the SKU rule', () => {
    expect(mustFail(set(base('Standard'), 'publicNetworkAccess', 'Disabled')).code).toBe('DisablingPublicNetworkAccessNotSupported');
  });
});

describe('tasks, credentials and roles', () => {
  const withTask = () => must(createTask(base(), { registry: REG, name: 'hello-task', cmd: 'echo', assignIdentity: '[system]' })).world;

  it.each([
    [{ registry: REG, name: 'hello-task', cmd: 'echo', file: 'acb.yaml' }, 'Task can be created with either --cmd myCommand -c /dev/null or -f myFile -c myContext, but not both.', 1],
    [{ registry: REG, name: 'hello-task' }, 'Task can be created with either --cmd myCommand -c /dev/null or -f myFile -c myContext, but not both.', 1],
    [{ registry: REG, name: 'x', cmd: 'echo' }, "(InvalidTaskName) Task name 'x' must be 5-50 characters of letters, digits, hyphens and underscores.", 1],
    [{ registry: REG, name: 'hello-task', cmd: 'echo', authMode: 'Sometimes' }, "az acr task create: 'Sometimes' is not a valid value for '--auth-mode'. Allowed values: Default, None.", 2],
    [{ registry: REG, name: 'hello-task', cmd: 'echo', assignIdentity: '/subscriptions/x/nope' }, "(InvalidIdentity) The user-assigned identity '/subscriptions/x/nope' could not be found.", 1],
    [{ registry: 'nosuchregistry', name: 'hello-task', cmd: 'echo' }, "The resource with name 'nosuchregistry'", 3],
  ] as const)('createTask %o → %s', (input, message, exitCode) => {
    const e = mustFail(createTask(base(), input));
    expect(e.message.startsWith(message)).toBe(true);
    expect(e.exitCode).toBe(exitCode);
  });

  it('credential add: duplicates, missing identity, unknown task; remove of a missing server', () => {
    const cred = { registry: REG, task: 'hello-task', loginServer: 'labregistry.azurecr.io', useIdentity: '[system]' };
    const w = must(addTaskCredential(withTask(), cred)).world;
    expect(mustFail(addTaskCredential(w, { ...cred, loginServer: 'LabRegistry.azurecr.io' }))).toEqual({ code: 'Conflict', message: "Login server 'LabRegistry.azurecr.io' already exists. You cannot add it again.", exitCode: 1 });
    expect(mustFail(addTaskCredential(w, { ...cred, loginServer: 'other.azurecr.io', useIdentity: undefined })).exitCode).toBe(1);
    expect(mustFail(addTaskCredential(w, { ...cred, task: 'nosuchtask' }))).toMatchObject({ code: 'ResourceNotFound', exitCode: 3 });
    expect(mustFail(removeTaskCredential(w, { ...cred, loginServer: 'other.azurecr.io' })).exitCode).toBe(1);
    expect(must(removeTaskCredential(w, cred)).value.credentials).toEqual([]);
  });

  it.each([
    [{ role: 'AcrPull', scope: '/subscriptions/aaaaaaaa-0000-4000-8000-000000000001' }, 'usage error: --assignee STRING | --assignee-object-id GUID', 1],
    [{ assignee: 'labuser@contoso.example', role: 'AcrPul', scope: '/subscriptions/aaaaaaaa-0000-4000-8000-000000000001' }, "Role 'AcrPul' doesn't exist.", 1],
    [{ assignee: 'nobody@contoso.example', role: 'AcrPull', scope: '/subscriptions/aaaaaaaa-0000-4000-8000-000000000001' }, "Cannot find user or service principal in graph database for 'nobody@contoso.example'.", 1],
    [{ assigneeObjectId: 'not-a-guid', role: 'AcrPull', scope: '/subscriptions/aaaaaaaa-0000-4000-8000-000000000001' }, '(InvalidPrincipalId)', 1],
    [{ assignee: 'labuser@contoso.example', role: 'AcrPull', scope: '/subscriptions/ffffffff-0000-4000-8000-000000000000' }, '(InvalidScope)', 1],
    [{ assignee: 'labuser@contoso.example', role: 'AcrPull', scope: '/subscriptions/aaaaaaaa-0000-4000-8000-000000000001/resourceGroups/nope' }, "(ResourceGroupNotFound) Resource group 'nope' could not be found.", 3],
    [{ assignee: 'labuser@contoso.example', role: 'AcrPull', scope: `/subscriptions/aaaaaaaa-0000-4000-8000-000000000001/resourceGroups/${RG}/providers/Microsoft.ContainerRegistry/registries/nosuchregistry` }, "The resource with name 'nosuchregistry'", 3],
  ] as const)('assignRole %o → %s', (input, message, exitCode) => {
    const e = mustFail(assignRole(base(), input));
    expect(e.message.startsWith(message)).toBe(true);
    expect(e.exitCode).toBe(exitCode);
  });

  it('group and registry deletion: not found is exit 3', () => {
    expect(mustFail(deleteGroup(base(), { name: 'nope' })).exitCode).toBe(3);
    expect(mustFail(deleteRegistry(base(), { name: 'nosuchregistry' })).exitCode).toBe(3);
  });
});
