/**
 * Who is calling: where the request comes from, which managed identity it presents for the
 * trusted-service check, and how it authenticates. Assumptions for hypothetical services are
 * stated here once (an identity, when present, holds AcrPull on the registry).
 */
import { SERVICE_IPS, TASK_AGENT_IP, VNET_VM_PUBLIC_IP } from './constants';
import { findIdentity, findTask, loginServer } from './lookups';
import { msg } from './messages';
import { callerService, type TrustedServiceId } from './trusted-services';
import { sameName } from './validate';
import type { Caller, Decision, ManagedIdentityKind, Message, Registry, RoleName, World } from './types';

/** How the caller proves who it is (authentication) and what it may do (authorization). */
export type AuthPlan =
  | { kind: 'user'; importing: boolean }
  | { kind: 'principal'; principalId: string }
  | { kind: 'assumed'; role: RoleName }
  | { kind: 'run-token' }
  | { kind: 'scanner' }
  | { kind: 'none'; fix: Message };

export interface CallerContext {
  service: TrustedServiceId | null;
  /** Public IP the registry sees on its public endpoint. */
  sourceIp: string;
  /** The caller sits in the lab VNet (may use private or service endpoints). */
  inVnet: boolean;
  /** Managed identity presented, for the trusted-service identity requirement. */
  identity: ManagedIdentityKind;
  auth: AuthPlan;
}

const SYSTEM = '[system]';

/** Context of a real task run against `reg`, or a resource-layer denial when the task is gone. */
function taskContext(world: World, caller: { registry: string; task: string }, reg: Registry): CallerContext | Decision {
  const task = findTask(world, caller.registry, caller.task);
  if (!task) {
    const reason = msg('model.reason.task-not-found', { task: caller.task, registry: caller.registry });
    return { allowed: false, layer: 'resource', rule: 'caller.task-not-found', reason, fixes: [], trail: ['caller.task-not-found'] };
  }
  const base = { service: 'acr-tasks' as const, sourceIp: TASK_AGENT_IP, inVnet: false };
  const server = loginServer(reg);
  const cred = task.credentials.find((c) => sameName(c.loginServer, server));
  if (cred && sameName(cred.identity, SYSTEM)) {
    // `--use-identity [system]` only works while the task still has a system-assigned identity.
    return task.identity.principalId
      ? { ...base, identity: 'system', auth: { kind: 'principal', principalId: task.identity.principalId } }
      : { ...base, identity: 'none', auth: { kind: 'none', fix: msg('model.fix.enable-system-identity', { task: task.name }) } };
  }
  if (cred) {
    const ident = findIdentity(world, cred.identity);
    const attached = ident && task.identity.userAssignedIdentities.some((id) => sameName(id, ident.id));
    return attached
      ? { ...base, identity: 'user', auth: { kind: 'principal', principalId: ident.principalId } }
      : { ...base, identity: 'none', auth: { kind: 'none', fix: msg('model.fix.use-system-identity') } };
  }
  // Default auth mode hands the run a token for its own registry only; `--auth-mode None` gives nothing.
  if (task.authMode === 'Default' && sameName(task.registry, reg.name)) {
    return { ...base, identity: 'none', auth: { kind: 'run-token' } };
  }
  return {
    ...base,
    identity: 'none',
    auth: { kind: 'none', fix: msg('model.fix.add-task-credential', { task: task.name, loginServer: server }) },
  };
}

/** Hypothetical service instance: an identity (if any) with AcrPull is assumed. */
function serviceContext(service: 'machine-learning' | 'container-instances' | 'app-service', identity: ManagedIdentityKind): CallerContext {
  return {
    service,
    sourceIp: SERVICE_IPS[service],
    inVnet: false,
    identity,
    auth: identity === 'none' ? { kind: 'none', fix: msg('model.fix.enable-managed-identity') } : { kind: 'assumed', role: 'AcrPull' },
  };
}

/** Resolve a caller against a registry. */
export function callerContext(world: World, caller: Caller, reg: Registry): CallerContext | Decision {
  switch (caller.kind) {
    case 'workstation':
      return { service: null, sourceIp: world.workstationIp, inVnet: false, identity: 'none', auth: { kind: 'user', importing: false } };
    case 'vnet-vm':
      // The learner signs in on the VM with the same account (az acr login), so the user's roles apply.
      return { service: null, sourceIp: VNET_VM_PUBLIC_IP, inVnet: true, identity: 'none', auth: { kind: 'user', importing: false } };
    case 'acr-task':
      return taskContext(world, caller, reg);
    case 'sample-task':
      return { service: 'acr-tasks', sourceIp: TASK_AGENT_IP, inVnet: false, identity: 'system', auth: { kind: 'assumed', role: 'AcrPush' } };
    case 'defender':
      return { service: 'defender', sourceIp: SERVICE_IPS.defender, inVnet: false, identity: 'none', auth: { kind: 'scanner' } };
    case 'acr-import':
      // Import runs on the learner's control-plane rights (facts §4): the user must be able to pull.
      return { service: 'acr-import', sourceIp: SERVICE_IPS['acr-import'], inVnet: false, identity: 'none', auth: { kind: 'user', importing: true } };
    default:
      return serviceContext(caller.kind, caller.identity);
  }
}

/** Message key naming a caller (for panels and the outcome matrix). */
export function callerLabel(caller: Caller): Message {
  return caller.kind === 'acr-task' ? msg('model.caller.acr-task', { task: caller.task }) : msg(`model.caller.${caller.kind}`);
}

export { callerService };
