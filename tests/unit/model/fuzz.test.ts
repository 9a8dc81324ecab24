/** Operations never throw: every failure is a typed value, whatever the input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as m from '../../../src/model/index';
import { buildWorld, configArb, nastyString } from './arbitraries';

type Op = (w: m.World, s: string[], b: boolean) => unknown;

const OPS: [string, Op][] = [
  ['createGroup', (w, s) => m.createGroup(w, { name: s[0], location: s[1] })],
  ['deleteGroup', (w, s) => m.deleteGroup(w, { name: s[0] })],
  ['createRegistry', (w, s, b) => m.createRegistry(w, { name: s[0], resourceGroup: s[1], sku: s[2], publicNetworkEnabled: b })],
  ['updateRegistry', (w, s, b) => m.updateRegistry(w, { name: s[0], sku: s[1], anonymousPullEnabled: b, resourceGroup: b ? s[2] : undefined })],
  ['setRegistryProperty', (w, s, b) => m.setRegistryProperty(w, { name: 'labregistry', path: s[0], value: s[1], op: b ? 'set' : 'add' })],
  ['setRegistryProperty remove', (w, s) => m.setRegistryProperty(w, { name: s[2], path: 'networkRuleSet.ipRules', value: s[1], op: 'remove' })],
  ['deleteRegistry', (w, s) => m.deleteRegistry(w, { name: s[0] })],
  ['addIpRule', (w, s) => m.addIpRule(w, { registry: s[0], ipAddressOrRange: s[1] })],
  ['removeIpRule', (w, s) => m.removeIpRule(w, { registry: s[0], ipAddressOrRange: s[1] })],
  ['addVnetRule', (w, s) => m.addVnetRule(w, { registry: s[0], subnetId: s[1] })],
  ['removeVnetRule', (w, s) => m.removeVnetRule(w, { registry: s[0], subnetId: s[1] })],
  ['addPrivateEndpointConnection', (w, s) => m.addPrivateEndpointConnection(w, { registry: s[0], name: s[1] })],
  ['setEndpointConnectionStatus', (w, s, b) => m.setEndpointConnectionStatus(w, { registry: s[0], name: s[1], status: b ? 'Approved' : 'Rejected' })],
  ['deletePrivateEndpointConnection', (w, s) => m.deletePrivateEndpointConnection(w, { registry: s[0], name: s[1] })],
  ['pushImage', (w, s) => m.pushImage(w, { registry: s[0], repository: s[1], tag: s[2] })],
  ['importImage', (w, s, b) => m.importImage(w, { target: s[0], source: s[1], sourceRegistry: b ? s[2] : undefined })],
  ['createIdentity', (w, s) => m.createIdentity(w, { name: s[0], resourceGroup: s[1] })],
  ['createTask', (w, s, b) => m.createTask(w, { registry: s[0], name: s[1], cmd: s[2], assignIdentity: b ? s[3] : undefined, authMode: b ? undefined : s[3] })],
  ['deleteTask', (w, s) => m.deleteTask(w, { registry: s[0], task: s[1] })],
  ['addTaskCredential', (w, s) => m.addTaskCredential(w, { registry: s[0], task: s[1], loginServer: s[2], useIdentity: s[3] })],
  ['removeTaskCredential', (w, s) => m.removeTaskCredential(w, { registry: s[0], task: s[1], loginServer: s[2] })],
  ['assignRole', (w, s, b) => m.assignRole(w, b ? { assignee: s[0], role: s[1], scope: s[2] } : { assigneeObjectId: s[0], role: s[1], scope: s[2] })],
  ['deleteRoleAssignments', (w, s) => m.deleteRoleAssignments(w, { assignee: s[0], role: s[1] })],
  ['listRoleAssignments', (w, s) => m.listRoleAssignments(w, { scope: s[0], role: s[1] })],
  ['runTask', (w, s) => m.runTask(w, { registry: s[0], task: s[1] })],
  ['decide', (w, s) => m.decide(w, { caller: { kind: 'acr-task', registry: s[0], task: s[1] }, operation: 'pull', registry: s[2] })],
  ['outcomeMatrix', (w, s) => m.outcomeMatrix(w, s[0])],
  ['findIdentity', (w, s) => m.findIdentity(w, s[0], s[1])],
  ['checkGoal property', (w, s) => m.checkGoal(w, { kind: 'registry-property', registry: 'labregistry', path: s[0], equals: s[1] })],
  ['checkGoal role', (w, s) => m.checkGoal(w, { kind: 'role-assigned', principal: s[0], role: s[1], scope: s[2] })],
  ['parseWorld', (_w, s) => m.parseWorld(s[0])],
];

describe.each(OPS)('%s', (_name, op) => {
  it('returns a value (or a typed failure) and never throws', () => {
    fc.assert(
      fc.property(configArb, fc.array(nastyString, { minLength: 4, maxLength: 4 }), fc.boolean(), (c, s, b) => {
        const w = buildWorld(c);
        const before = m.serializeWorld(w);
        const r = op(w, s, b) as { ok?: boolean; error?: m.ModelError } | undefined;
        if (r && r.ok === false && typeof r.error === 'object') expect([1, 2, 3]).toContain(r.error.exitCode);
        expect(m.serializeWorld(w)).toBe(before);
      }),
      { numRuns: 40 },
    );
  });
});
