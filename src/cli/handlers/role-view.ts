/**
 * `az role assignment` and `az identity` JSON, shaped like the real CLI's output
 * (Microsoft.Authorization roleAssignments; Microsoft.ManagedIdentity userAssignedIdentities).
 */
import type { RoleAssignment, UserIdentity, World } from '../../model';
import { azTime } from './az-time';
import { resourceGroupOf } from './registry-view';

/** Full `/subscriptions/<sub>/providers/Microsoft.Authorization/roleDefinitions/<guid>` path. */
function fullRoleDefinitionId(world: World, id: string): string {
  return id.startsWith('/') ? id : `/subscriptions/${world.subscription.id}/providers/Microsoft.Authorization/roleDefinitions/${id}`;
}

/** What `az role assignment create` prints. */
export function roleAssignmentView(world: World, ra: RoleAssignment): Record<string, unknown> {
  const rg = resourceGroupOf(ra.scope);
  const out: Record<string, unknown> = {
    canDelegate: null,
    condition: null,
    conditionVersion: null,
    createdBy: world.user.objectId,
    createdOn: azTime(ra.createdOn),
    delegatedManagedIdentityResourceId: null,
    description: null,
    id: ra.id,
    name: ra.name,
    principalId: ra.principalId,
    principalType: ra.principalType,
  };
  // az adds `resourceGroup` only when the id names one (subscription-scope assignments have none).
  if (rg) out.resourceGroup = rg;
  Object.assign(out, {
    roleDefinitionId: fullRoleDefinitionId(world, ra.roleDefinitionId),
    scope: ra.scope,
    type: 'Microsoft.Authorization/roleAssignments',
    updatedBy: world.user.objectId,
    updatedOn: azTime(ra.createdOn),
  });
  return out;
}

/** Display name az resolves through Graph for `list`: the user's sign-in name, an identity's client id. */
export function principalName(world: World, principalId: string): string {
  if (principalId.toLowerCase() === world.user.objectId.toLowerCase()) return world.user.name;
  const ui = world.identities.find((i) => i.principalId.toLowerCase() === principalId.toLowerCase());
  return ui ? ui.clientId : principalId;
}

/** What `az role assignment list` prints per item: the create shape plus the resolved names. */
export function roleAssignmentListView(world: World, ra: RoleAssignment): Record<string, unknown> {
  const base = roleAssignmentView(world, ra);
  const sorted: Record<string, unknown> = {};
  const extra = { principalName: principalName(world, ra.principalId), roleDefinitionName: ra.roleDefinitionName };
  for (const k of [...Object.keys(base), ...Object.keys(extra)].sort()) {
    sorted[k] = k in extra ? extra[k as keyof typeof extra] : base[k];
  }
  return sorted;
}

/** `az role assignment list -o table` (role module `transform_assignment_list`). */
export function roleAssignmentTable(item: any): Record<string, unknown> {
  return { Principal: item?.principalName ?? '', Role: item?.roleDefinitionName ?? '', Scope: item?.scope ?? '' };
}

/** What `az identity create/show/list` print for a user-assigned identity. */
export function identityView(ui: UserIdentity): Record<string, unknown> {
  return {
    clientId: ui.clientId,
    id: ui.id,
    location: ui.location,
    name: ui.name,
    principalId: ui.principalId,
    resourceGroup: ui.resourceGroup,
    systemData: null,
    tags: {},
    tenantId: ui.tenantId,
    type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
  };
}

/** `az identity list -o table`: az's automatic table keeps the scalar fields, sorted. */
export function identityTable(item: any): Record<string, unknown> {
  return {
    ClientId: item?.clientId,
    Location: item?.location,
    Name: item?.name,
    PrincipalId: item?.principalId,
    ResourceGroup: item?.resourceGroup,
    TenantId: item?.tenantId,
  };
}
