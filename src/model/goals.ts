/**
 * Checking and describing lesson goals. A goal is met by the world's state, so any sequence of
 * commands that reaches it counts (Learn Git Branching's approach).
 */
import { callerLabel } from './callers';
import { decide } from './decide';
import type { Goal } from './goal-schema';
import { findIdentity, findRegistry, findTask, groupScope, loginServer, registryId, subscriptionScope } from './lookups';
import { msg } from './messages';
import { findRoleDefinition } from './roles';
import { sameName } from './validate';
import type { Message, Registry, World } from './types';

/** Own-property walk of a dotted path (never reaches prototypes, so `__proto__` is just absent). */
function readPath(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const seg of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    const key = Array.isArray(cur) ? seg : Object.keys(cur).find((k) => k.toLowerCase() === seg.toLowerCase());
    if (key === undefined || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** Value comparison that tolerates az's text forms (`true` vs true, case of enum values). */
function sameValue(actual: unknown, expected: string | number | boolean): boolean {
  if (typeof actual === typeof expected) return typeof actual === 'string' ? sameName(actual, expected as string) : actual === expected;
  return actual !== undefined && actual !== null && typeof actual !== 'object' && String(actual).toLowerCase() === String(expected).toLowerCase();
}

/** Principal id named by a goal: `user`, `task:<reg>/<task>` (its system identity), an identity name or a GUID. */
function principalOf(world: World, principal: string): string | null {
  if (principal === 'user') return world.user.objectId;
  if (principal.startsWith('task:')) {
    const [regName, taskName] = principal.slice(5).split('/');
    return findTask(world, regName ?? '', taskName ?? '')?.identity.principalId ?? null;
  }
  return findIdentity(world, principal)?.principalId ?? principal;
}

/** Scope named by a goal: `registry:<name>`, `group:<name>`, `subscription` or a full id. */
function scopeOf(world: World, scope: string): string | null {
  if (scope === 'subscription') return subscriptionScope(world);
  if (scope.startsWith('group:')) return groupScope(world, scope.slice(6));
  if (scope.startsWith('registry:')) {
    const reg = findRegistry(world, scope.slice(9));
    return reg ? registryId(world, reg) : null;
  }
  return scope.replace(/\/+$/, '');
}

function withReg(world: World, name: string, test: (reg: Registry) => boolean): boolean {
  const reg = findRegistry(world, name);
  return reg !== undefined && test(reg);
}

/** Whether the world meets `goal`. */
export function checkGoal(world: World, goal: Goal): boolean {
  switch (goal.kind) {
    case 'registry-exists':
      return findRegistry(world, goal.registry) !== undefined;
    case 'registry-property':
      return withReg(world, goal.registry, (r) => sameValue(readPath({ ...r, loginServer: loginServer(r), id: registryId(world, r) }, goal.path), goal.equals));
    case 'trusted-services':
      return withReg(world, goal.registry, (r) => (r.networkRuleBypassOptions === 'AzureServices') === goal.enabled);
    case 'public-access':
      return withReg(world, goal.registry, (r) => (r.publicNetworkAccess === 'Enabled') === goal.enabled);
    case 'task-exists': {
      const t = findTask(world, goal.registry, goal.task);
      if (!t) return false;
      if (goal.identity === 'system') return t.identity.principalId !== null;
      return goal.identity === 'user' ? t.identity.userAssignedIdentities.length > 0 : true;
    }
    case 'task-credential': {
      const t = findTask(world, goal.registry, goal.task);
      return t !== undefined && t.credentials.some((c) => goal.loginServer === undefined || sameName(c.loginServer, goal.loginServer));
    }
    case 'role-assigned': {
      const principal = principalOf(world, goal.principal);
      const scope = scopeOf(world, goal.scope);
      const role = findRoleDefinition(goal.role);
      if (!principal || !scope || !role) return false;
      return world.roleAssignments.some((a) => sameName(a.principalId, principal) && a.roleDefinitionName === role.name && sameName(a.scope, scope));
    }
    case 'last-run':
      return withReg(world, goal.registry, (r) => {
        const runs = r.runs.filter((x) => sameName(x.taskName, goal.task));
        return runs.length > 0 && runs[runs.length - 1].status === goal.status;
      });
    case 'decision':
      return decide(world, { caller: goal.caller, operation: goal.operation, registry: goal.registry }).allowed === goal.allowed;
    case 'ip-rule':
      return withReg(world, goal.registry, (r) => r.networkRuleSet.ipRules.some((x) => x.ipAddressOrRange === goal.ip));
    case 'endpoint-status':
      return withReg(world, goal.registry, (r) =>
        r.privateEndpointConnections.some(
          (c) => (goal.name === undefined || sameName(c.name, goal.name)) && c.privateLinkServiceConnectionState.status === goal.status,
        ),
      );
    case 'profile':
      return world.profile === goal.profile;
    case 'signed-in':
      return world.user.signedIn === goal.value;
    case 'all':
      return goal.goals.every((g) => checkGoal(world, g));
    case 'any':
      return goal.goals.some((g) => checkGoal(world, g));
  }
}

/** A message describing the goal (params holding `model.*` keys are translated by `formatMessage`). */
export function goalDescription(goal: Goal): Message {
  switch (goal.kind) {
    case 'registry-exists':
      return msg('model.goal.registry-exists', { registry: goal.registry });
    case 'registry-property':
      return msg('model.goal.registry-property', { registry: goal.registry, path: goal.path, value: String(goal.equals) });
    case 'trusted-services':
      return msg(goal.enabled ? 'model.goal.trusted-services-on' : 'model.goal.trusted-services-off', { registry: goal.registry });
    case 'public-access':
      return msg(goal.enabled ? 'model.goal.public-access-on' : 'model.goal.public-access-off', { registry: goal.registry });
    case 'task-exists': {
      const key = goal.identity ? (`model.goal.task-exists-${goal.identity}` as const) : 'model.goal.task-exists';
      return msg(key, { registry: goal.registry, task: goal.task });
    }
    case 'task-credential':
      return goal.loginServer === undefined
        ? msg('model.goal.task-credential', { registry: goal.registry, task: goal.task })
        : msg('model.goal.task-credential-server', { registry: goal.registry, task: goal.task, loginServer: goal.loginServer });
    case 'role-assigned':
      return msg('model.goal.role-assigned', { principal: goal.principal, role: goal.role, scope: goal.scope });
    case 'last-run':
      return msg('model.goal.last-run', { registry: goal.registry, task: goal.task, status: `model.run.${goal.status.toLowerCase()}` });
    case 'decision':
      return msg(goal.allowed ? 'model.goal.decision-allowed' : 'model.goal.decision-denied', {
        ...callerLabel(goal.caller).params,
        caller: callerLabel(goal.caller).key,
        operation: `model.operation.${goal.operation}`,
        registry: goal.registry,
      });
    case 'ip-rule':
      return msg('model.goal.ip-rule', { registry: goal.registry, ip: goal.ip });
    case 'endpoint-status': {
      const status = `model.status.${goal.status.toLowerCase()}`;
      return goal.name === undefined
        ? msg('model.goal.endpoint-status', { registry: goal.registry, status })
        : msg('model.goal.endpoint-status-named', { registry: goal.registry, name: goal.name, status });
    }
    case 'profile':
      return msg('model.goal.profile', { profile: `model.profile.${goal.profile}` });
    case 'signed-in':
      return msg(goal.value ? 'model.goal.signed-in' : 'model.goal.signed-out');
    case 'all':
    case 'any':
      return msg(`model.goal.${goal.kind}`, { count: goal.goals.length });
  }
}
