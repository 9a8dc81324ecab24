/** Operations not covered by the workflow tables: groups, identities, endpoints, images, roles. */
import { describe, expect, it } from 'vitest';
import {
  addPrivateEndpointConnection,
  addVnetRule,
  assignRole,
  createGroup,
  createIdentity,
  createTask,
  deleteGroup,
  deletePrivateEndpointConnection,
  deleteRegistry,
  deleteRoleAssignments,
  deleteTask,
  findIdentity,
  listRoleAssignments,
  pushImage,
  removeIpRule,
  removeVnetRule,
  runImages,
  setEndpointConnectionStatus,
  signOut,
  taskId,
  vnetVmSubnetId,
} from '../../../src/model/index';
import { REG, RG, must, mustFail, registryWorld, workflowWorld } from './helpers';

describe('groups', () => {
  it('create is idempotent and case-insensitive; invalid names and locations fail', () => {
    const w = registryWorld();
    expect(must(createGroup(w, { name: 'LAB-RG', location: 'Korea Central' })).value).toEqual({ name: RG, location: 'koreacentral' });
    expect(mustFail(createGroup(w, { name: 'LAB-RG', location: 'westus' }))).toMatchObject({ code: 'InvalidResourceGroupLocation', exitCode: 1 });
    expect(mustFail(createGroup(w, { name: 'new-rg', location: 'mars' }))).toMatchObject({ code: 'LocationNotAvailableForResourceGroup', exitCode: 1 });
    expect(must(createGroup(w, { name: 'new-rg', location: 'Korea Central' })).value.location).toBe('koreacentral');
    expect(mustFail(createGroup(w, { name: 'bad.', location: 'x' })).code).toBe('InvalidResourceGroup');
    expect(mustFail(createGroup(w, { name: 'ok-rg', location: ' ' })).exitCode).toBe(2);
    expect(mustFail(createGroup(must(signOut(w)).world, { name: 'x', location: 'y' })).code).toBe('NotSignedIn');
  });

  it('delete removes the registries, tasks, identities and role assignments inside', () => {
    let w = workflowWorld();
    w = must(createIdentity(w, { name: 'ident-one', resourceGroup: RG })).world;
    const after = must(deleteGroup(w, { name: RG })).world;
    expect(after).toMatchObject({ resourceGroups: [], registries: [], tasks: [], identities: [] });
    expect(after.roleAssignments.map((a) => a.roleDefinitionName)).toEqual(['Owner']);
  });
});

describe('registries, identities, tasks', () => {
  it('deleting a registry drops its tasks and registry-scoped assignments', () => {
    const after = must(deleteRegistry(workflowWorld(), { name: REG })).world;
    expect(after.tasks).toEqual([]);
    expect(after.roleAssignments).toHaveLength(1);
  });

  it('identities: created once, found by name, id, client id; bad names fail', () => {
    const r = must(createIdentity(registryWorld(), { name: 'ident-one', resourceGroup: RG }));
    expect(r.value.id).toBe(`/subscriptions/${r.world.subscription.id}/resourcegroups/${RG}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ident-one`);
    expect(must(createIdentity(r.world, { name: 'IDENT-ONE', resourceGroup: RG })).value).toBe(r.value);
    for (const key of [r.value.id, r.value.clientId, 'ident-one']) expect(findIdentity(r.world, key)).toBe(r.value);
    expect(mustFail(createIdentity(r.world, { name: '-x', resourceGroup: RG })).code).toBe('InvalidResourceName');
    expect(mustFail(createIdentity(r.world, { name: 'ident-two', resourceGroup: 'nope' })).exitCode).toBe(3);
  });

  it('re-creating a task keeps its system identity but drops credentials; delete removes it', () => {
    const w = workflowWorld();
    const before = w.tasks[0];
    const again = must(createTask(w, { registry: REG, name: 'hello-task', file: 'acb.yaml', context: '.', assignIdentity: ['[system]'] }));
    expect(again.value.identity.principalId).toBe(before.identity.principalId);
    expect(again.value.credentials).toEqual([]);
    expect(again.value.step).toEqual({ type: 'File', taskFilePath: 'acb.yaml', contextPath: '.', imageNames: [] });
    expect(taskId(w, before)).toMatch(/registries\/labregistry\/tasks\/hello-task$/);
    expect(must(deleteTask(w, { registry: REG, task: 'hello-task' })).world.tasks).toEqual([]);
    expect(mustFail(deleteTask(w, { registry: REG, task: 'ghost-task' })).exitCode).toBe(3);
  });

  it('a task with both identities reports both', () => {
    const r = must(createIdentity(registryWorld(), { name: 'ident-one', resourceGroup: RG }));
    const t = must(createTask(r.world, { registry: REG, name: 'both-task', cmd: 'x', assignIdentity: ['[system]', r.value.id, r.value.id] })).value;
    expect(t.identity).toMatchObject({ type: 'SystemAssigned, UserAssigned', userAssignedIdentities: [r.value.id] });
  });

  it('run images: {{.Run.ID}} and $ID substituted, registry prefix dropped', () => {
    expect(runImages(['hello:{{.Run.ID}}', 'labregistry.azurecr.io/app:$ID', '$Registry/x:1'], 'ca3', 'labregistry.azurecr.io')).toEqual(['hello:ca3', 'app:ca3', 'x:1']);
  });
});

describe('network objects', () => {
  it('IP rules: idempotent add, invalid IPs refused, Premium only, removal', () => {
    expect(mustFail(addVnetRule(registryWorld('2021', 'Basic'), { registry: REG, subnetId: 'x' })).message).toBe('Network rules are only supported for managed registries in Premium SKU.');
    const w = registryWorld();
    expect(mustFail(addVnetRule(w, { registry: REG, subnetId: '/subscriptions/x/foo' })).code).toBe('InvalidSubnetId');
    const subnet = vnetVmSubnetId(w.subscription.id);
    const once = must(addVnetRule(w, { registry: REG, subnetId: subnet })).world;
    const twice = must(addVnetRule(once, { registry: REG, subnetId: subnet.toUpperCase() })).world;
    expect(twice.registries[0].networkRuleSet.virtualNetworkRules).toHaveLength(1);
    expect(must(removeVnetRule(twice, { registry: REG, subnetId: subnet })).value.networkRuleSet.virtualNetworkRules).toEqual([]);
    expect(must(removeIpRule(w, { registry: REG, ipAddressOrRange: '1.2.3.4' })).value.networkRuleSet.ipRules).toEqual([]);
  });

  it('private endpoint connections: duplicates, bad names, missing ones', () => {
    const w = must(addPrivateEndpointConnection(registryWorld(), { registry: REG, name: 'lab-pe' })).world;
    expect(w.registries[0].privateEndpointConnections[0].privateLinkServiceConnectionState.status).toBe('Approved');
    expect(mustFail(addPrivateEndpointConnection(w, { registry: REG, name: 'LAB-PE' })).code).toBe('Conflict');
    expect(mustFail(addPrivateEndpointConnection(w, { registry: REG, name: '../x' })).code).toBe('InvalidResourceName');
    expect(mustFail(setEndpointConnectionStatus(w, { registry: REG, name: 'ghost', status: 'Approved' })).exitCode).toBe(3);
    expect(mustFail(deletePrivateEndpointConnection(w, { registry: REG, name: 'ghost' })).exitCode).toBe(3);
    expect(must(deletePrivateEndpointConnection(w, { registry: REG, name: 'lab-pe' })).world.registries[0].privateEndpointConnections).toEqual([]);
  });

  it('pushImage validates names and adds tags once', () => {
    let w = must(pushImage(registryWorld(), { registry: REG, repository: 'team/app', tag: 'v1' })).world;
    w = must(pushImage(w, { registry: REG, repository: 'team/app', tag: 'v1' })).world;
    w = must(pushImage(w, { registry: REG, repository: 'team/app', tag: 'v2' })).world;
    expect(w.registries[0].repositories).toEqual([{ name: 'team/app', tags: ['v1', 'v2'] }]);
    expect(mustFail(pushImage(w, { registry: REG, repository: 'Team/App', tag: 'v1' })).code).toBe('InvalidImageName');
  });
});

describe('role assignments', () => {
  it('create is idempotent; list and delete filter; deleting nothing warns', () => {
    const w = workflowWorld();
    const scope = w.roleAssignments[1].scope;
    const principal = w.roleAssignments[1].principalId;
    const again = assignRole(w, { assignee: principal, role: 'acrpush', scope: `${scope}/` });
    expect(must(again).world).toBe(w);
    expect(must(listRoleAssignments(w, { scope })).value).toHaveLength(1);
    expect(must(listRoleAssignments(w, { role: 'Owner' })).value).toHaveLength(1);
    expect(mustFail(listRoleAssignments(w, { role: 'Nope' })).message).toBe("Role 'Nope' doesn't exist.");
    expect(must(deleteRoleAssignments(w, { role: 'AcrPull' })).warnings).toEqual(['No matched assignments were found to delete']);
    expect(mustFail(deleteRoleAssignments(w, {})).exitCode).toBe(1);
    expect(must(deleteRoleAssignments(w, { ids: [w.roleAssignments[1].id] })).world.roleAssignments).toHaveLength(1);
    expect(mustFail(deleteRoleAssignments(w, { assignee: 'ghost@contoso.example' })).code).toBe('PrincipalNotFound');
  });
});
