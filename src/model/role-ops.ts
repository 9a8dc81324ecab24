/**
 * `az role assignment create|delete|list` for the six roles of facts §5.
 */
import { ASSIGNEE_USAGE, fail, groupNotFound, ok, registryNotFound, type Failure } from './errors';
import { isFailure, signedOutError } from './group-ops';
import { nextGuid, nowIso, tick } from './ids';
import { findGroup, findIdentity, findRegistry, subscriptionScope } from './lookups';
import { findRoleDefinition, roleDefinitionId, scopeKind } from './roles';
import { GUID_PATTERN, sameName } from './validate';
import type { OpResult, PrincipalType, RoleAssignment, World } from './types';

export interface AssignRoleInput {
  assignee?: string;
  assigneeObjectId?: string;
  assigneePrincipalType?: PrincipalType;
  role: string;
  scope: string;
}

/** A principal the lab's directory knows: the lab user, task system identities, user identities. */
function lookupPrincipal(world: World, text: string): { id: string; type: PrincipalType } | null {
  const t = text.trim();
  if (sameName(t, world.user.name) || sameName(t, world.user.objectId)) return { id: world.user.objectId, type: 'User' };
  if (world.tasks.some((k) => k.identity.principalId !== null && sameName(k.identity.principalId, t))) {
    return { id: t.toLowerCase(), type: 'ServicePrincipal' };
  }
  const ident = GUID_PATTERN.test(t) || t.startsWith('/') ? findIdentity(world, t) : undefined;
  return ident ? { id: ident.principalId, type: 'ServicePrincipal' } : null;
}

/** Principal from `--assignee` (directory lookup) or `--assignee-object-id` (taken as given). */
function resolveAssignee(world: World, input: { assignee?: string; assigneeObjectId?: string; assigneePrincipalType?: PrincipalType }) {
  if (input.assigneeObjectId !== undefined && input.assigneeObjectId !== '') {
    const id = input.assigneeObjectId.trim();
    if (!GUID_PATTERN.test(id)) return fail('InvalidPrincipalId', '(InvalidPrincipalId) A valid principal ID must be provided for role assignment.', 1);
    const known = lookupPrincipal(world, id);
    return { id: id.toLowerCase(), type: input.assigneePrincipalType ?? known?.type ?? 'ServicePrincipal' };
  }
  if (input.assignee !== undefined && input.assignee !== '') {
    const p = lookupPrincipal(world, input.assignee);
    if (p) return p;
    return fail(
      'PrincipalNotFound',
      `Cannot find user or service principal in graph database for '${input.assignee}'. If the assignee is an appId, make sure the corresponding service principal is created with 'az ad sp create --id ${input.assignee}'.`,
      1,
    );
  }
  return fail('UsageError', ASSIGNEE_USAGE, 1);
}

/** Check that a scope names something in the lab subscription that exists. */
function checkScope(world: World, scope: string): string | Failure {
  const s = scope.trim().replace(/\/+$/, '');
  const sub = subscriptionScope(world);
  if (!(sameName(s, sub) || s.toLowerCase().startsWith(`${sub.toLowerCase()}/`))) {
    return fail('InvalidScope', `(InvalidScope) The scope '${scope}' is not valid for this subscription.`, 1);
  }
  const k = scopeKind(s);
  if (k.group !== undefined && !findGroup(world, k.group)) return groupNotFound(k.group);
  if (k.kind === 'registry') {
    const reg = findRegistry(world, k.registry as string);
    if (!reg || !sameName(reg.resourceGroup, k.group as string)) return registryNotFound(world, k.registry as string);
  }
  return s;
}

/** `az role assignment create`: idempotent for the same principal, role and scope. */
export function assignRole(world: World, input: AssignRoleInput): OpResult<RoleAssignment> {
  const out = signedOutError(world);
  if (out) return out;
  const principal = resolveAssignee(world, input);
  if (isFailure(principal)) return principal;
  const role = findRoleDefinition(input.role);
  if (!role) return fail('RoleNotFound', `Role '${input.role}' doesn't exist.`, 1);
  const scope = checkScope(world, input.scope);
  if (isFailure(scope)) return scope;
  const existing = world.roleAssignments.find(
    (a) => sameName(a.principalId, principal.id) && a.roleDefinitionName === role.name && sameName(a.scope, scope),
  );
  if (existing) return ok(world, existing);
  const [name, w] = nextGuid(world);
  const assignment: RoleAssignment = {
    id: `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
    name,
    principalId: principal.id,
    principalType: principal.type,
    roleDefinitionName: role.name,
    roleDefinitionId: roleDefinitionId(world.subscription.id, role.name),
    scope,
    createdOn: nowIso(world),
  };
  return ok(tick({ ...w, roleAssignments: [...w.roleAssignments, assignment] }), assignment);
}

export interface RoleFilter {
  assignee?: string;
  role?: string;
  scope?: string;
  ids?: string[];
}

/** Assignments matching every given filter (scope compared exactly, case-insensitive, like az without --include-inherited). */
function matching(world: World, f: RoleFilter): RoleAssignment[] | Failure {
  let principalId: string | undefined;
  if (f.assignee !== undefined) {
    const p = lookupPrincipal(world, f.assignee);
    if (!p && !GUID_PATTERN.test(f.assignee.trim())) return resolveAssignee(world, { assignee: f.assignee }) as Failure;
    principalId = p?.id ?? f.assignee.trim();
  }
  const role = f.role === undefined ? undefined : findRoleDefinition(f.role);
  if (f.role !== undefined && !role) return fail('RoleNotFound', `Role '${f.role}' doesn't exist.`, 1);
  const scope = f.scope?.trim().replace(/\/+$/, '');
  return world.roleAssignments.filter(
    (a) =>
      (principalId === undefined || sameName(a.principalId, principalId)) &&
      (role === undefined || a.roleDefinitionName === role.name) &&
      (scope === undefined || sameName(a.scope, scope)) &&
      (f.ids === undefined || f.ids.some((id) => sameName(id, a.id))),
  );
}

/** `az role assignment delete`; warns (like az) when nothing matched. */
export function deleteRoleAssignments(world: World, filter: RoleFilter): OpResult<RoleAssignment[]> {
  const out = signedOutError(world);
  if (out) return out;
  if (filter.assignee === undefined && filter.role === undefined && filter.scope === undefined && filter.ids === undefined) {
    return fail('UsageError', 'usage error: please provide at least one of --assignee, --role, --scope or --ids', 1);
  }
  const hits = matching(world, filter);
  if (isFailure(hits)) return hits;
  if (hits.length === 0) return ok(world, [], ['No matched assignments were found to delete']);
  return ok(tick({ ...world, roleAssignments: world.roleAssignments.filter((a) => !hits.includes(a)) }), hits);
}

/** `az role assignment list`. */
export function listRoleAssignments(world: World, filter: RoleFilter = {}): OpResult<RoleAssignment[]> {
  const out = signedOutError(world);
  if (out) return out;
  const hits = matching(world, filter);
  return isFailure(hits) ? hits : ok(world, hits);
}
