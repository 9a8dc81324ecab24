/** Seed "Limitations": user-assigned identities and service-endpoint registries. */
import { describe, expect, it } from 'vitest';
import {
  addTaskCredential,
  addVnetRule,
  assignRole,
  createIdentity,
  createTask,
  decide,
  registryId,
  setRegistryProperty,
  vnetVmSubnetId,
  type Profile,
  type World,
} from '../../../src/model/index';
import { REG, RG, must, workflowWorld } from './helpers';

/** A task that authenticates with a user-assigned identity holding AcrPush. */
function userIdentityTaskWorld(profile: Profile): World {
  let w = workflowWorld(profile);
  const ident = must(createIdentity(w, { name: 'task-identity', resourceGroup: RG }));
  w = ident.world;
  w = must(createTask(w, { registry: REG, name: 'user-task', cmd: 'echo', assignIdentity: ident.value.id, authMode: 'None' })).world;
  w = must(assignRole(w, { assignee: ident.value.clientId, role: 'AcrPush', scope: registryId(w, w.registries[0]) })).world;
  w = must(addTaskCredential(w, { registry: REG, task: 'user-task', loginServer: `${REG}.azurecr.io`, useIdentity: ident.value.clientId })).world;
  return must(setRegistryProperty(w, { name: REG, path: 'networkRuleBypassAllowedForTasks', value: 'true', op: 'set' })).world;
}

describe.each(['2021', 'current'] as const)('user-assigned identities, profile %s', (profile) => {
  it('a task with a user-assigned identity never gets the bypass', () => {
    const d = decide(userIdentityTaskWorld(profile), { caller: { kind: 'acr-task', registry: REG, task: 'user-task' }, operation: 'push', registry: REG });
    expect(d).toMatchObject({ allowed: false, layer: 'network' });
    expect(d.rule).toBe('network.trusted-identity-required');
    expect(d.reason.key).toBe('model.reason.trusted-user-identity');
  });

  it('but it is authorised through its role once the network lets it in', () => {
    const w = must(setRegistryProperty(userIdentityTaskWorld(profile), { name: REG, path: 'publicNetworkAccess', value: 'Enabled', op: 'set' })).world;
    const d = decide(w, { caller: { kind: 'acr-task', registry: REG, task: 'user-task' }, operation: 'push', registry: REG });
    expect(d).toMatchObject({ allowed: true, rule: 'authorization.role' });
  });

  it('Machine Learning with a user-assigned identity is not covered', () => {
    expect(decide(workflowWorld(profile), { caller: { kind: 'machine-learning', identity: 'user' }, operation: 'pull', registry: REG }).allowed).toBe(false);
  });
});

describe('ACI is the exception in current', () => {
  it.each([
    ['2021', 'user', false],
    ['2021', 'system', false],
    ['current', 'user', true],
    ['current', 'system', true],
    ['current', 'none', false],
  ] as const)('profile %s, identity %s → allowed %s', (profile, identity, allowed) => {
    expect(decide(workflowWorld(profile), { caller: { kind: 'container-instances', identity }, operation: 'pull', registry: REG }).allowed).toBe(allowed);
  });
});

describe.each(['2021', 'current'] as const)('service-endpoint registries, profile %s', (profile) => {
  const w = must(addVnetRule(workflowWorld(profile), { registry: REG, subnetId: vnetVmSubnetId(workflowWorld().subscription.id) })).world;

  it.each([
    [{ kind: 'defender' }],
    [{ kind: 'machine-learning', identity: 'system' }],
    [{ kind: 'acr-import' }],
  ] as const)('trusted caller %o is not let through', (caller) => {
    const d = decide(w, { caller, operation: 'pull', registry: REG });
    expect(d).toMatchObject({ allowed: false, rule: 'network.service-endpoint-not-covered' });
    expect(d.fixes.map((f) => f.key)).toContain('model.fix.remove-vnet-rules');
  });

  it('a VM in the listed subnet reaches it through the service endpoint once public access is on', () => {
    const open = must(setRegistryProperty(w, { name: REG, path: 'publicNetworkAccess', value: 'Enabled', op: 'set' })).world;
    const denyDefault = must(setRegistryProperty(open, { name: REG, path: 'networkRuleSet.defaultAction', value: 'Deny', op: 'set' })).world;
    const d = decide(denyDefault, { caller: { kind: 'vnet-vm' }, operation: 'pull', registry: REG });
    expect(d).toMatchObject({ allowed: true, trail: ['network.service-endpoint', 'authorization.role'] });
    expect(d.sourceIp).toBeUndefined();
  });
});
