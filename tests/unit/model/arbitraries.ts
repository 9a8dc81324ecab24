/** fast-check builders: random but valid worlds, built only through the public operations. */
import fc from 'fast-check';
import {
  addIpRule,
  addPrivateEndpointConnection,
  addTaskCredential,
  addVnetRule,
  assignRole,
  createIdentity,
  createTask,
  deleteRoleAssignments,
  groupScope,
  registryId,
  setRegistryProperty,
  signOut,
  subscriptionScope,
  updateRegistry,
  vnetVmSubnetId,
  type AccessRequest,
  type Caller,
  type World,
} from '../../../src/model/index';
import { REG, RG, must, registryWorld } from './helpers';

export const configArb = fc.record({
  profile: fc.constantFrom('2021' as const, 'current' as const),
  publicDisabled: fc.boolean(),
  defaultDeny: fc.boolean(),
  ipRules: fc.subarray(['203.0.113.10', '198.51.100.0/24', '198.51.100.7', '10.0.0.0/8']),
  trusted: fc.boolean(),
  tasksFlag: fc.boolean(),
  vnetRule: fc.boolean(),
  endpoint: fc.constantFrom(null, 'Approved' as const, 'Pending' as const, 'Rejected' as const),
  anonymousPull: fc.boolean(),
  taskIdentity: fc.constantFrom('system' as const, 'user' as const, 'none' as const),
  authMode: fc.constantFrom('Default' as const, 'None' as const),
  credential: fc.boolean(),
  taskRole: fc.constantFrom(null, 'AcrPull', 'AcrPush', 'Reader', 'Contributor'),
  roleScope: fc.constantFrom('registry' as const, 'group' as const, 'subscription' as const),
  userOwner: fc.boolean(),
  signedIn: fc.boolean(),
});

export type Config = typeof configArb extends fc.Arbitrary<infer T> ? T : never;

/** Build a world from a config (Premium registry `labregistry` with one task `probe-task`). */
export function buildWorld(c: Config): World {
  let w = registryWorld(c.profile);
  const ident = must(createIdentity(w, { name: 'probe-identity', resourceGroup: RG }));
  w = ident.world;
  const assign = c.taskIdentity === 'system' ? '[system]' : c.taskIdentity === 'user' ? ident.value.id : undefined;
  const task = must(createTask(w, { registry: REG, name: 'probe-task', cmd: 'echo', assignIdentity: assign, authMode: c.authMode }));
  w = task.world;
  const principal = c.taskIdentity === 'system' ? (task.value.identity.principalId as string) : ident.value.principalId;
  if (c.credential) {
    const useIdentity = c.taskIdentity === 'user' ? ident.value.clientId : '[system]';
    w = must(addTaskCredential(w, { registry: REG, task: 'probe-task', loginServer: `${REG}.azurecr.io`, useIdentity })).world;
  }
  if (c.taskRole) {
    const scope = c.roleScope === 'registry' ? registryId(w, w.registries[0]) : c.roleScope === 'group' ? groupScope(w, RG) : subscriptionScope(w);
    w = must(assignRole(w, { assigneeObjectId: principal, role: c.taskRole, scope })).world;
  }
  if (!c.userOwner) w = must(deleteRoleAssignments(w, { assignee: 'labuser@contoso.example' })).world;
  for (const ip of c.ipRules) w = must(addIpRule(w, { registry: REG, ipAddressOrRange: ip })).world;
  if (c.vnetRule) w = must(addVnetRule(w, { registry: REG, subnetId: vnetVmSubnetId(w.subscription.id) })).world;
  if (c.endpoint) w = must(addPrivateEndpointConnection(w, { registry: REG, name: 'lab-pe', status: c.endpoint })).world;
  w = must(updateRegistry(w, {
    name: REG,
    publicNetworkEnabled: !c.publicDisabled,
    defaultAction: c.defaultDeny ? 'Deny' : 'Allow',
    allowTrustedServices: c.trusted,
    anonymousPullEnabled: c.anonymousPull,
  })).world;
  if (c.tasksFlag) w = must(setRegistryProperty(w, { name: REG, path: 'networkRuleBypassAllowedForTasks', value: 'true', op: 'set' })).world;
  if (!c.signedIn) w = must(signOut(w)).world;
  return w;
}

const identityArb = fc.constantFrom('system' as const, 'user' as const, 'none' as const);

export const callerArb: fc.Arbitrary<Caller> = fc.oneof(
  fc.constant<Caller>({ kind: 'workstation' }),
  fc.constant<Caller>({ kind: 'vnet-vm' }),
  fc.constant<Caller>({ kind: 'acr-task', registry: REG, task: 'probe-task' }),
  fc.constant<Caller>({ kind: 'sample-task' }),
  fc.constant<Caller>({ kind: 'defender' }),
  fc.constant<Caller>({ kind: 'acr-import' }),
  identityArb.map((identity): Caller => ({ kind: 'machine-learning', identity })),
  identityArb.map((identity): Caller => ({ kind: 'container-instances', identity })),
  identityArb.map((identity): Caller => ({ kind: 'app-service', identity })),
);

export const requestArb: fc.Arbitrary<AccessRequest> = fc.record({
  caller: callerArb,
  operation: fc.constantFrom('pull' as const, 'push' as const),
  registry: fc.constant(REG),
});

/** Strings that like to break lookups keyed by user input. */
export const nastyString = fc.oneof(
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ', REG, RG, '[system]', 'labregistry.azurecr.io', '0', '-1', '1.2.3.4/33'),
);
