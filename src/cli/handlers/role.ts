/**
 * Handlers of `az role assignment create|list|delete` and `az identity create|show|list`.
 * Scope rules follow azure-cli's role module: without --scope/-g/--all, list and delete look only
 * at assignments made exactly at the subscription scope; --include-inherited adds parent scopes.
 */
import {
  assignRole,
  createIdentity,
  deleteRoleAssignments,
  findGroup,
  groupScope,
  listRoleAssignments,
  subscriptionScope,
  type PrincipalType,
  type RoleAssignment,
  type World,
} from '../../model';
import type { CommandContext, HandlerResult } from '../types';
import { apply, cliFail, requireSignedIn, requireYes, str, unwrap } from './model-result';
import { identityView, roleAssignmentListView, roleAssignmentView } from './role-view';

type Args = Record<string, unknown>;

/** `az role assignment create`. */
export function roleAssignmentCreate(ctx: CommandContext, args: Args): HandlerResult {
  const res = assignRole(ctx.world, {
    role: String(args.role),
    scope: String(args.scope),
    assignee: str(args, 'assignee'),
    assigneeObjectId: str(args, 'assigneeObjectId'),
    assigneePrincipalType: str(args, 'assigneePrincipalType') as PrincipalType | undefined,
  });
  return apply(res, roleAssignmentView);
}

/** The scope az searches (`_build_role_scope`), or undefined for `--all`. */
function searchScope(world: World, args: Args): string | undefined {
  const scope = str(args, 'scope');
  const rg = str(args, 'resourceGroup');
  if (args.all === true) {
    if (scope !== undefined || rg !== undefined) cliFail('group or scope are not required when --all is used', 1);
    return undefined;
  }
  if (scope !== undefined) return scope.replace(/\/+$/, '');
  if (rg !== undefined) {
    if (!findGroup(world, rg)) cliFail(`(ResourceGroupNotFound) Resource group '${rg}' could not be found.`, 3);
    return groupScope(world, rg);
  }
  return subscriptionScope(world);
}

/** Assignments az would find: exact scope, or also those on parent scopes with --include-inherited. */
function search(world: World, args: Args): RoleAssignment[] {
  const scope = searchScope(world, args);
  const filter = { assignee: str(args, 'assignee'), role: str(args, 'role') };
  if (scope === undefined || args.includeInherited !== true) return unwrap(listRoleAssignments(world, { ...filter, scope })).value;
  const s = scope.toLowerCase();
  return unwrap(listRoleAssignments(world, filter)).value.filter((a) => s === a.scope.toLowerCase() || s.startsWith(`${a.scope.toLowerCase()}/`));
}

/** `az role assignment list`. */
export function roleAssignmentList(ctx: CommandContext, args: Args): HandlerResult {
  requireSignedIn(ctx);
  return { result: search(ctx.world, args).map((a) => roleAssignmentListView(ctx.world, a)) };
}

/** `az role assignment delete`: prints nothing; warns when nothing matched. */
export function roleAssignmentDelete(ctx: CommandContext, args: Args): HandlerResult {
  requireSignedIn(ctx);
  const ids = Array.isArray(args.ids) ? args.ids.map(String) : undefined;
  const any = ['assignee', 'role', 'scope', 'resourceGroup'].some((k) => args[k] !== undefined) || (ids?.length ?? 0) > 0;
  // Without a filter az would delete every assignment, so it asks first.
  if (!any) requireYes(args);
  const hits = ids ? unwrap(listRoleAssignments(ctx.world, { ids })).value : search(ctx.world, args);
  if (hits.length === 0) return { warnings: ['No matched assignments were found to delete'] };
  const { world } = unwrap(deleteRoleAssignments(ctx.world, { ids: hits.map((h) => h.id) }));
  return { world };
}

/** `az identity create -n -g [-l]`. */
export function identityCreate(ctx: CommandContext, args: Args): HandlerResult {
  const res = createIdentity(ctx.world, { name: String(args.name), resourceGroup: String(args.resourceGroup), location: str(args, 'location') });
  return apply(res, (_w, i) => identityView(i));
}

/** `az identity show -n -g`. */
export function identityShow(ctx: CommandContext, args: Args): HandlerResult {
  requireSignedIn(ctx);
  const name = String(args.name);
  const rg = String(args.resourceGroup);
  if (!findGroup(ctx.world, rg)) cliFail(`(ResourceGroupNotFound) Resource group '${rg}' could not be found.`, 3);
  const found = ctx.world.identities.find((i) => i.name.toLowerCase() === name.toLowerCase() && i.resourceGroup.toLowerCase() === rg.toLowerCase());
  if (!found) {
    cliFail(
      `(ResourceNotFound) The Resource 'Microsoft.ManagedIdentity/userAssignedIdentities/${name}' under resource group '${rg}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
      3,
    );
  }
  return { result: identityView(found) };
}

/** `az identity list [-g]`. */
export function identityList(ctx: CommandContext, args: Args): HandlerResult {
  requireSignedIn(ctx);
  const rg = str(args, 'resourceGroup');
  if (rg !== undefined && !findGroup(ctx.world, rg)) cliFail(`(ResourceGroupNotFound) Resource group '${rg}' could not be found.`, 3);
  const list = ctx.world.identities.filter((i) => rg === undefined || i.resourceGroup.toLowerCase() === rg.toLowerCase());
  return { result: list.map(identityView) };
}
