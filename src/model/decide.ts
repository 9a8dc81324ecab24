/**
 * The access decision (facts §3): network, then authentication, then authorization; the first
 * rule that denies is the reason. Pure: reads the world, never changes it.
 */
import { callerContext, type AuthPlan, type CallerContext } from './callers';
import { networkFixes } from './fixes';
import { findRegistry } from './lookups';
import { msg } from './messages';
import { networkDecision, networkVerdict } from './network-verdict';
import { grantingAssignment, roleGrants, scopeKind } from './roles';
import type { AccessRequest, Decision, Layer, Message, Operation, Registry, World } from './types';

/** Registry response when the firewall blocks a public-endpoint request (facts §3). */
export function firewallDenialText(ip: string): string {
  return `denied: client with IP '${ip}' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.`;
}

/** Registry response when the identity lacks a role (facts §3). */
export function rbacDenialText(): string {
  return 'unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.';
}

/** Registry response to a request without credentials (facts §3 step 2). */
export const UNAUTHENTICATED_TEXT = 'unauthorized: authentication required';

/** Token-exchange failure of a task in the `current` profile while the tasks flag is off (facts §7). */
export const TASKS_REFRESH_TOKEN_TEXT = 'failed to get ACR refresh token, exchange API response code: 403 Forbidden';

/** The text a registry (or task agent) would print for a denial; '' when allowed. */
export function registryDenialText(d: Decision): string {
  if (d.allowed) return '';
  if (d.rule === 'network.tasks-bypass-flag') return TASKS_REFRESH_TOKEN_TEXT;
  if (d.layer === 'network' && d.sourceIp !== undefined) return firewallDenialText(d.sourceIp);
  if (d.layer === 'authentication') return UNAUTHENTICATED_TEXT;
  if (d.layer === 'authorization') return rbacDenialText();
  return '';
}

function result(allowed: boolean, layer: Layer, rule: string, reason: Message, fixes: Message[] = []): Decision {
  return { allowed, layer, rule, reason, fixes: allowed ? [] : fixes };
}

/** Fix for a missing role: the narrowest built-in role that grants the operation. */
function roleFix(reg: Registry, operation: Operation): Message {
  return msg('model.fix.assign-role', { role: operation === 'push' ? 'AcrPush' : 'AcrPull', registry: reg.name });
}

/** Authorization of a real principal through its role assignments (facts §5). */
function byRoles(world: World, reg: Registry, principalId: string, operation: Operation): Decision {
  const a = grantingAssignment(world, principalId, reg, operation);
  if (!a) {
    return result(false, 'authorization', 'authorization.no-role', msg('model.reason.no-role', { operation: `model.operation.${operation}` }), [roleFix(reg, operation)]);
  }
  const scope = scopeKind(a.scope);
  const role = a.roleDefinitionName;
  const reason =
    scope.kind === 'subscription'
      ? msg('model.reason.role-subscription', { role })
      : scope.kind === 'group'
        ? msg('model.reason.role-group', { role, group: scope.group ?? '' })
        : msg('model.reason.role-registry', { role });
  return result(true, 'authorization', 'authorization.role', reason);
}

/** Steps 2 and 3 for a caller that passed the network layer. */
function identityStage(world: World, reg: Registry, auth: AuthPlan, operation: Operation): Decision {
  if (operation === 'pull' && reg.anonymousPullEnabled) {
    return result(true, 'authentication', 'authentication.anonymous-pull', msg('model.reason.anonymous-pull'));
  }
  // Anonymous pull is a fix only where the SKU offers it (Standard and Premium, facts §2).
  const anon = operation === 'pull' && reg.sku !== 'Basic' ? [msg('model.fix.enable-anonymous-pull', { registry: reg.name })] : [];
  switch (auth.kind) {
    case 'user':
      if (!world.user.signedIn) {
        return result(false, 'authentication', 'authentication.signed-out', msg('model.reason.signed-out'), [msg('model.fix.sign-in'), ...anon]);
      }
      if (auth.importing && operation === 'push') {
        return result(false, 'authorization', 'authorization.import-read-only', msg('model.reason.import-read-only'));
      }
      return byRoles(world, reg, world.user.objectId, operation);
    case 'principal':
      return byRoles(world, reg, auth.principalId, operation);
    case 'assumed':
      return roleGrants(auth.role, operation)
        ? result(true, 'authorization', 'authorization.assumed-role', msg('model.reason.assumed-role', { role: auth.role }))
        : result(false, 'authorization', 'authorization.assumed-role', msg('model.reason.assumed-role-insufficient', { role: auth.role }), [
            roleFix(reg, operation),
          ]);
    case 'run-token':
      return result(true, 'authorization', 'authorization.task-run-token', msg('model.reason.task-run-token'));
    case 'scanner':
      return operation === 'pull'
        ? result(true, 'authorization', 'authorization.service-scanner', msg('model.reason.service-scanner'))
        : result(false, 'authorization', 'authorization.service-scanner', msg('model.reason.service-pull-only'));
    case 'none':
      return result(false, 'authentication', 'authentication.no-credentials', msg('model.reason.no-credentials'), [auth.fix, ...anon]);
  }
}

/** Decide one request against the world (facts §3 order, §4 per profile, §5 roles). */
export function decide(world: World, request: AccessRequest): Decision {
  const reg = findRegistry(world, request.registry);
  if (!reg) {
    return {
      ...result(false, 'resource', 'registry.not-found', msg('model.reason.registry-not-found', { registry: request.registry })),
      trail: ['registry.not-found'],
    };
  }
  const ctx: CallerContext | Decision = callerContext(world, request.caller, reg);
  if ('allowed' in ctx) return ctx;
  const net = networkVerdict(world, reg, ctx);
  if (!net.allowed) return networkDecision(net, networkFixes(world, reg, ctx));
  const id = identityStage(world, reg, ctx.auth, request.operation);
  const d: Decision = { ...id, trail: [net.rule, id.rule] };
  if (net.sourceIp !== undefined) d.sourceIp = net.sourceIp;
  return d;
}
