/**
 * Built-in roles in the legacy registry permission mode (facts §5) and the scope rule:
 * a role at subscription or resource-group scope applies to the registries inside it.
 * Source: learn.microsoft.com/azure/container-registry/container-registry-roles
 */
import { registryId } from './lookups';
import type { Operation, Registry, RoleAssignment, RoleName, World } from './types';

/** What a role lets its holder do. */
export interface RoleDefinition {
  name: RoleName;
  /** Role definition GUID (the same in every tenant). */
  guid: string;
  dataPlane: readonly ('pull' | 'push' | 'delete')[];
  controlPlane: 'none' | 'read' | 'all-but-rbac' | 'all';
}

/** The six roles of facts §5, in the order the docs list them. */
export const ROLE_DEFINITIONS: readonly RoleDefinition[] = [
  { name: 'AcrPull', guid: '7f951dda-4ed3-4680-a7ca-43fe172d538d', dataPlane: ['pull'], controlPlane: 'none' },
  { name: 'AcrPush', guid: '8311e382-0749-4cb8-b61a-304f252e45ec', dataPlane: ['pull', 'push'], controlPlane: 'none' },
  { name: 'AcrDelete', guid: 'c2f4ef07-c644-48eb-af81-4b1b4947fb11', dataPlane: ['delete'], controlPlane: 'none' },
  { name: 'Reader', guid: 'acdd72a7-3385-48ef-bd42-f606fba81ae7', dataPlane: ['pull'], controlPlane: 'read' },
  { name: 'Contributor', guid: 'b24988ac-6180-42a0-ab88-20f7382dd24c', dataPlane: ['pull', 'push', 'delete'], controlPlane: 'all-but-rbac' },
  { name: 'Owner', guid: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635', dataPlane: ['pull', 'push', 'delete'], controlPlane: 'all' },
];

/** Role by name (case-insensitive), GUID or full role definition id. */
export function findRoleDefinition(nameOrId: string): RoleDefinition | undefined {
  const v = nameOrId.trim().toLowerCase();
  const last = v.slice(v.lastIndexOf('/') + 1);
  return ROLE_DEFINITIONS.find((r) => r.name.toLowerCase() === v || r.guid === last);
}

/** `/subscriptions/<sub>/providers/Microsoft.Authorization/roleDefinitions/<guid>`. */
export function roleDefinitionId(subscriptionId: string, role: RoleName): string {
  const def = ROLE_DEFINITIONS.find((r) => r.name === role) as RoleDefinition;
  return `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${def.guid}`;
}

/** Whether `role` grants the data-plane `operation`. */
export function roleGrants(role: RoleName, operation: Operation): boolean {
  return ROLE_DEFINITIONS.some((r) => r.name === role && r.dataPlane.includes(operation));
}

/** Whether an assignment at `scope` covers `resourceId` (same id, or a parent path). */
export function scopeCovers(scope: string, resourceId: string): boolean {
  const s = scope.replace(/\/+$/, '').toLowerCase();
  const r = resourceId.toLowerCase();
  return s.length > 0 && (r === s || r.startsWith(`${s}/`));
}

/**
 * The narrowest assignment of `principalId` that grants `operation` on `reg`, or undefined.
 * Narrowest first, so the reason names the registry-level grant a lesson just created.
 */
export function grantingAssignment(
  world: World,
  principalId: string,
  reg: Registry,
  operation: Operation,
): RoleAssignment | undefined {
  const id = registryId(world, reg);
  let best: RoleAssignment | undefined;
  for (const a of world.roleAssignments) {
    if (a.principalId.toLowerCase() !== principalId.toLowerCase()) continue;
    if (!roleGrants(a.roleDefinitionName, operation) || !scopeCovers(a.scope, id)) continue;
    if (!best || a.scope.length > best.scope.length) best = a;
  }
  return best;
}

/** Kind of a scope relative to the lab subscription. */
export type ScopeKind = 'subscription' | 'group' | 'registry' | 'other';

/** Classify a scope string: subscription, resource group, registry, or something else. */
export function scopeKind(scope: string): { kind: ScopeKind; group?: string; registry?: string } {
  const parts = scope.replace(/\/+$/, '').split('/');
  // ['', 'subscriptions', id, 'resourceGroups', rg, 'providers', ns, type, name]
  if (parts.length === 3 && parts[1].toLowerCase() === 'subscriptions') return { kind: 'subscription' };
  if (parts.length === 5 && parts[3].toLowerCase() === 'resourcegroups') return { kind: 'group', group: parts[4] };
  if (
    parts.length === 9 &&
    parts[3].toLowerCase() === 'resourcegroups' &&
    parts[6].toLowerCase() === 'microsoft.containerregistry' &&
    parts[7].toLowerCase() === 'registries'
  ) {
    return { kind: 'registry', group: parts[4], registry: parts[8] };
  }
  return { kind: 'other' };
}
