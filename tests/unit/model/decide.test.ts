/** Network rules, authentication and roles for the workstation, the VM and services (facts §3, §5). */
import { describe, expect, it } from 'vitest';
import {
  addIpRule,
  addPrivateEndpointConnection,
  assignRole,
  createGroup,
  createRegistry,
  decide,
  deleteRoleAssignments,
  firewallDenialText,
  groupScope,
  registryDenialText,
  setEndpointConnectionStatus,
  signIn,
  signOut,
  updateRegistry,
  type AccessRequest,
  type World,
} from '../../../src/model/index';
import { REG, RG, must, registryWorld } from './helpers';

const ws = (operation: 'pull' | 'push' = 'pull'): AccessRequest => ({ caller: { kind: 'workstation' }, operation, registry: REG });
const vm = (operation: 'pull' | 'push' = 'pull'): AccessRequest => ({ caller: { kind: 'vnet-vm' }, operation, registry: REG });
const denyDefault = (w: World) => must(updateRegistry(w, { name: REG, defaultAction: 'Deny' })).world;

describe('workstation', () => {
  it('the Owner at subscription scope can push to an open registry', () => {
    expect(decide(registryWorld(), ws('push'))).toMatchObject({ allowed: true, reason: { key: 'model.reason.role-subscription', params: { role: 'Owner' } }, trail: ['network.default-allow', 'authorization.role'], sourceIp: '203.0.113.10' });
  });

  it.each([
    ['203.0.113.10', true],
    ['203.0.113.0/24', true],
    ['203.0.112.0/23', true],
    ['203.0.113.11', false],
    ['198.51.100.0/24', false],
  ])('default Deny with IP rule %s → allowed %s', (rule, allowed) => {
    const w = must(addIpRule(denyDefault(registryWorld()), { registry: REG, ipAddressOrRange: rule })).world;
    const d = decide(w, ws());
    expect(d.allowed).toBe(allowed);
    expect(d.rule).toBe(allowed ? 'authorization.role' : 'network.default-deny');
    if (!allowed) {
      expect(registryDenialText(d)).toBe(firewallDenialText('203.0.113.10'));
      expect(d.fixes[0]).toEqual({ key: 'model.fix.add-ip-rule', params: { registry: REG, ip: '203.0.113.10' } });
    }
  });

  it('public access disabled overrides an IP rule that matches', () => {
    let w = must(addIpRule(denyDefault(registryWorld()), { registry: REG, ipAddressOrRange: '203.0.113.10' })).world;
    w = must(updateRegistry(w, { name: REG, publicNetworkEnabled: false })).world;
    expect(decide(w, ws())).toMatchObject({ allowed: false, rule: 'network.public-access-disabled', fixes: [{ key: 'model.fix.enable-public-access' }, { key: 'model.fix.default-allow' }] });
  });

  it('signed out → authentication denial; signing in again restores access', () => {
    const out = must(signOut(registryWorld())).world;
    expect(decide(out, ws())).toMatchObject({ allowed: false, layer: 'authentication', rule: 'authentication.signed-out' });
    expect(registryDenialText(decide(out, ws()))).toBe('unauthorized: authentication required');
    expect(decide(must(signIn(out)).world, ws()).allowed).toBe(true);
  });

  it('anonymous pull lets a signed-out user pull but not push', () => {
    const w = must(signOut(must(updateRegistry(registryWorld(), { name: REG, anonymousPullEnabled: true })).world)).world;
    expect(decide(w, ws('pull'))).toMatchObject({ allowed: true, rule: 'authentication.anonymous-pull' });
    expect(decide(w, ws('push'))).toMatchObject({ allowed: false, rule: 'authentication.signed-out' });
  });

  it('a Standard registry suggests anonymous pull to a signed-out puller; Basic does not', () => {
    const keys = (sku: string) => decide(must(signOut(registryWorld('2021', sku))).world, ws()).fixes.map((f) => f.key);
    expect(keys('Standard')).toEqual(['model.fix.sign-in', 'model.fix.enable-anonymous-pull']);
    expect(keys('Basic')).toEqual(['model.fix.sign-in']);
  });
});

describe('roles and scope inheritance (facts §5)', () => {
  const noOwner = () => must(deleteRoleAssignments(registryWorld(), { assignee: 'labuser@contoso.example', role: 'Owner' })).world;
  const grant = (role: string, scope: (w: World) => string) => {
    const w = noOwner();
    return must(assignRole(w, { assignee: 'labuser@contoso.example', role, scope: scope(w) })).world;
  };
  const regScope = (w: World) => `${groupScope(w, RG)}/providers/Microsoft.ContainerRegistry/registries/${REG}`;

  it.each([
    ['AcrPull', true, false],
    ['AcrPush', true, true],
    ['AcrDelete', false, false],
    ['Reader', true, false],
    ['Contributor', true, true],
    ['Owner', true, true],
  ])('%s on the registry: pull %s, push %s', (role, pull, push) => {
    const w = grant(role, regScope);
    expect(decide(w, ws('pull')).allowed).toBe(pull);
    expect(decide(w, ws('push')).allowed).toBe(push);
  });

  it('a role on the resource group applies to its registry, not to another group', () => {
    let w = grant('AcrPull', (x) => groupScope(x, RG));
    expect(decide(w, ws())).toMatchObject({ allowed: true, reason: { key: 'model.reason.role-group', params: { role: 'AcrPull', group: RG } } });
    w = must(createGroup(w, { name: 'other-rg', location: 'westus' })).world;
    w = must(createRegistry(w, { name: 'otherregistry', resourceGroup: 'other-rg', sku: 'Basic' })).world;
    expect(decide(w, { ...ws(), registry: 'otherregistry' })).toMatchObject({ allowed: false, rule: 'authorization.no-role', fixes: [{ key: 'model.fix.assign-role', params: { role: 'AcrPull', registry: 'otherregistry' } }] });
  });

  it('without any role the RBAC text is shown', () => {
    const d = decide(noOwner(), ws('push'));
    expect(d).toMatchObject({ layer: 'authorization', reason: { key: 'model.reason.no-role', params: { operation: 'model.operation.push' } } });
    expect(registryDenialText(d)).toContain('aka.ms/acr/authorization');
  });
});

describe('VM in the virtual network', () => {
  const closed = () => must(updateRegistry(denyDefault(registryWorld()), { name: REG, publicNetworkEnabled: false })).world;

  it('without a private endpoint it comes from the public NAT IP', () => {
    expect(decide(closed(), vm())).toMatchObject({ allowed: false, sourceIp: '198.51.100.50', rule: 'network.public-access-disabled' });
  });

  it('an approved private endpoint lets it in; pending or rejected do not', () => {
    const pending = must(addPrivateEndpointConnection(closed(), { registry: REG, name: 'lab-pe', status: 'Pending' })).world;
    expect(decide(pending, vm()).fixes[0]).toEqual({ key: 'model.fix.approve-private-endpoint', params: { registry: REG, endpoint: 'lab-pe' } });
    const approved = must(setEndpointConnectionStatus(pending, { registry: REG, name: 'lab-pe', status: 'Approved' })).world;
    expect(decide(approved, vm('push'))).toMatchObject({ allowed: true, trail: ['network.private-endpoint', 'authorization.role'] });
    expect(decide(approved, vm()).sourceIp).toBeUndefined();
    const rejected = must(setEndpointConnectionStatus(approved, { registry: REG, name: 'lab-pe', status: 'Rejected' })).world;
    expect(decide(rejected, vm()).allowed).toBe(false);
  });
});

describe('services', () => {
  it('Defender reads but never pushes; services without identity have no credentials', () => {
    const w = registryWorld();
    expect(decide(w, { caller: { kind: 'defender' }, operation: 'push', registry: REG })).toMatchObject({ allowed: false, reason: { key: 'model.reason.service-pull-only' } });
    expect(decide(w, { caller: { kind: 'app-service', identity: 'none' }, operation: 'pull', registry: REG })).toMatchObject({ rule: 'authentication.no-credentials', fixes: [{ key: 'model.fix.enable-managed-identity' }, { key: 'model.fix.enable-anonymous-pull' }] });
    expect(decide(w, { caller: { kind: 'machine-learning', identity: 'system' }, operation: 'push', registry: REG })).toMatchObject({ allowed: false, reason: { key: 'model.reason.assumed-role-insufficient' } });
    expect(decide(w, { caller: { kind: 'acr-import' }, operation: 'push', registry: REG })).toMatchObject({ allowed: false, rule: 'authorization.import-read-only' });
    expect(decide(w, { caller: { kind: 'sample-task' }, operation: 'push', registry: REG })).toMatchObject({ allowed: true, rule: 'authorization.assumed-role' });
  });

  it('unknown registry and unknown task are resource-layer denials', () => {
    expect(decide(registryWorld(), { ...ws(), registry: 'ghost' })).toMatchObject({ layer: 'resource', rule: 'registry.not-found' });
    expect(decide(registryWorld(), { caller: { kind: 'acr-task', registry: REG, task: 'ghost' }, operation: 'pull', registry: REG })).toMatchObject({ layer: 'resource', rule: 'caller.task-not-found' });
    expect(registryDenialText(decide(registryWorld(), { ...ws(), registry: 'ghost' }))).toBe('');
  });
});
