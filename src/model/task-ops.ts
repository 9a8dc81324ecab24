/**
 * `az acr task create|delete` and `az acr task credential add|remove` (facts §4 workflow, §7).
 * Source: learn.microsoft.com/azure/container-registry/container-registry-tasks-cross-registry-authentication
 */
import { TASK_CMD_OR_FILE, childNotFound, fail, invalidEnum, ok, type Failure } from './errors';
import { isFailure, requireRegistry, signedOutError } from './group-ops';
import { nextGuid, nowIso, tick } from './ids';
import { findIdentity, findTask, withTask } from './lookups';
import { TASK_NAME_PATTERN, pickEnum, sameName } from './validate';
import type { AcrTask, OpResult, Registry, TaskIdentity, World } from './types';

export interface CreateTaskInput {
  registry: string;
  name: string;
  resourceGroup?: string;
  cmd?: string;
  file?: string;
  context?: string;
  /** `-t/--image`, one or more. */
  image?: string | string[];
  /** `[system]`, a user identity resource id, or several of them. */
  assignIdentity?: string | string[];
  authMode?: string;
  schedule?: string;
}

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Registry and task, or the az not-found error. */
export function requireTask(world: World, registry: string, task: string): { reg: Registry; task: AcrTask } | Failure {
  const out = signedOutError(world);
  if (out) return out;
  const reg = requireRegistry(world, registry);
  if (isFailure(reg)) return reg;
  const t = findTask(world, reg.name, task);
  return t ? { reg, task: t } : childNotFound('tasks', reg.name, task, reg.resourceGroup);
}

/** Identity block of a new task; keeps the old system principal when the task is re-created. */
function taskIdentity(world: World, values: string[], previous: AcrTask | undefined): [TaskIdentity, World] | Failure {
  let system = false;
  const users: string[] = [];
  for (const v of values) {
    if (sameName(v.trim(), '[system]')) {
      system = true;
      continue;
    }
    const ident = v.startsWith('/') ? findIdentity(world, v.trim()) : undefined;
    if (!ident) return fail('InvalidIdentity', `(InvalidIdentity) The user-assigned identity '${v}' could not be found.`, 1);
    if (!users.includes(ident.id)) users.push(ident.id);
  }
  let w = world;
  let principalId: string | null = null;
  if (system) {
    principalId = previous?.identity.principalId ?? null;
    if (!principalId) [principalId, w] = nextGuid(w);
  }
  const type: TaskIdentity['type'] = system ? (users.length ? 'SystemAssigned, UserAssigned' : 'SystemAssigned') : users.length ? 'UserAssigned' : 'None';
  return [{ type, principalId, tenantId: system ? world.tenantId : null, userAssignedIdentities: users }, w];
}

/** `az acr task create`; an existing task of that name is replaced (ARM PUT), its credentials dropped. */
export function createTask(world: World, input: CreateTaskInput): OpResult<AcrTask> {
  const out = signedOutError(world);
  if (out) return out;
  const reg = requireRegistry(world, input.registry, input.resourceGroup);
  if (isFailure(reg)) return reg;
  if (!TASK_NAME_PATTERN.test(input.name)) {
    return fail('InvalidTaskName', `(InvalidTaskName) Task name '${input.name}' must be 5-50 characters of letters, digits, hyphens and underscores.`, 1);
  }
  const hasCmd = input.cmd !== undefined && input.cmd !== '';
  const hasFile = input.file !== undefined && input.file !== '';
  if (hasCmd === hasFile) return fail('InvalidArgumentValue', TASK_CMD_OR_FILE, 1);
  const authMode = pickEnum(input.authMode ?? 'Default', ['Default', 'None'] as const);
  if (!authMode) return invalidEnum('az acr task create', input.authMode ?? '', '--auth-mode', ['Default', 'None']);
  const previous = findTask(world, reg.name, input.name);
  const ident = taskIdentity(world, list(input.assignIdentity), previous);
  if (isFailure(ident)) return ident;
  const [identity, w] = ident;
  const imageNames = list(input.image);
  const task: AcrTask = {
    name: previous?.name ?? input.name,
    registry: reg.name,
    resourceGroup: reg.resourceGroup,
    creationDate: previous?.creationDate ?? nowIso(world),
    identity,
    authMode,
    credentials: [],
    step: hasCmd
      ? { type: 'EncodedTask', cmd: input.cmd as string, contextPath: input.context ?? '/dev/null', imageNames }
      : { type: 'File', taskFilePath: input.file as string, contextPath: input.context ?? '/dev/null', imageNames },
    schedule: input.schedule ?? null,
    status: 'Enabled',
  };
  const tasks = previous ? w.tasks.map((t) => (t === previous ? task : t)) : [...w.tasks, task];
  return ok(tick({ ...w, tasks }), task);
}

/** `az acr task delete`. The system identity's role assignments stay behind, orphaned, as in Azure. */
export function deleteTask(world: World, input: { registry: string; task: string }): OpResult<AcrTask> {
  const found = requireTask(world, input.registry, input.task);
  if (isFailure(found)) return found;
  return ok(tick({ ...world, tasks: world.tasks.filter((t) => t !== found.task) }), found.task);
}

/** `az acr task credential add --login-server --use-identity` (`[system]` or a client id). */
export function addTaskCredential(
  world: World,
  input: { registry: string; task: string; loginServer: string; useIdentity?: string },
): OpResult<AcrTask> {
  const found = requireTask(world, input.registry, input.task);
  if (isFailure(found)) return found;
  const server = input.loginServer.trim().toLowerCase();
  if (found.task.credentials.some((c) => c.loginServer === server)) {
    return fail('Conflict', `Login server '${input.loginServer}' already exists. You cannot add it again.`, 1);
  }
  // The lab models identity credentials only (the seed's workflow); username/password is out of scope.
  if (input.useIdentity === undefined || input.useIdentity.trim() === '') {
    return fail('InvalidArgumentValue', 'usage error: --use-identity [system] | --use-identity <client ID>', 1);
  }
  const identity = sameName(input.useIdentity.trim(), '[system]') ? '[system]' : input.useIdentity.trim();
  const task: AcrTask = { ...found.task, credentials: [...found.task.credentials, { loginServer: server, identity }] };
  return ok(tick(withTask(world, task)), task);
}

/** `az acr task credential remove --login-server`. */
export function removeTaskCredential(world: World, input: { registry: string; task: string; loginServer: string }): OpResult<AcrTask> {
  const found = requireTask(world, input.registry, input.task);
  if (isFailure(found)) return found;
  const server = input.loginServer.trim().toLowerCase();
  if (!found.task.credentials.some((c) => c.loginServer === server)) {
    return fail('NotFound', `Login server '${input.loginServer}' doesn't exist. You cannot remove it.`, 1);
  }
  const task: AcrTask = { ...found.task, credentials: found.task.credentials.filter((c) => c.loginServer !== server) };
  return ok(tick(withTask(world, task)), task);
}
