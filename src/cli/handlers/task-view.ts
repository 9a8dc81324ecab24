/**
 * `az acr task show` / `list-runs` JSON for model tasks and runs, shaped like the real CLI's
 * output of the Microsoft.ContainerRegistry tasks/runs API (keys sorted, `resourceGroup` added).
 */
import { findIdentity, findRegistry, runImages as modelRunImages, taskId } from '../../model';
import type { AcrTask, World } from '../../model';
import { azTime, cell } from './az-time';

/** Step timeout az writes into an encoded task and the task's `timeout` (ACR_RUN_DEFAULT_TIMEOUT_IN_SEC). */
export const TASK_TIMEOUT_SECONDS = 3600;

/** The YAML az builds for `--cmd` (acr `_utils.get_yaml_template`), base64-encoded in the step. */
export function encodedTaskYaml(cmd: string): string {
  return `version: v1.1.0\nsteps: \n  - cmd: ${cmd}\n    disableWorkingDirectoryOverride: true\n    timeout: ${TASK_TIMEOUT_SECONDS}\n`;
}

/** UTF-8 safe base64 that runs in browsers and Node alike. */
export function base64(text: string): string {
  let bin = '';
  for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** `/dev/null` means "no context" to az (ACR_NULL_CONTEXT): it prints null. */
function context(path: string): string | null {
  return !path || path.toLowerCase() === '/dev/null' ? null : path;
}

function stepView(task: AcrTask): Record<string, unknown> {
  const s = task.step;
  const common = { baseImageDependencies: null, contextAccessToken: null, contextPath: context(s.contextPath) };
  if (s.type === 'EncodedTask') {
    return { ...common, encodedTaskContent: base64(encodedTaskYaml(s.cmd)), encodedValuesContent: null, type: 'EncodedTask', values: [] };
  }
  // az makes a FileTask step only for `.yaml` files; any other `-f` is a Dockerfile (task.py create_task_step).
  if (/\.ya?ml$/i.test(s.taskFilePath)) {
    return { ...common, taskFilePath: s.taskFilePath, type: 'FileTask', values: [], valuesFilePath: null };
  }
  return {
    arguments: [],
    ...common,
    dockerFilePath: s.taskFilePath,
    imageNames: s.imageNames,
    isPushEnabled: true,
    noCache: false,
    target: null,
    type: 'Docker',
  };
}

function identityView(world: World, task: AcrTask): Record<string, unknown> | null {
  const id = task.identity;
  if (id.type === 'None') return null;
  const users: Record<string, unknown> = {};
  for (const rid of id.userAssignedIdentities) {
    const ui = findIdentity(world, rid);
    Object.defineProperty(users, rid, {
      value: { clientId: ui?.clientId ?? null, principalId: ui?.principalId ?? null },
      enumerable: true,
    });
  }
  return {
    principalId: id.principalId,
    tenantId: id.tenantId,
    type: id.type,
    userAssignedIdentities: id.userAssignedIdentities.length > 0 ? users : null,
  };
}

function credentialsView(task: AcrTask): Record<string, unknown> {
  const custom: Record<string, unknown> = {};
  for (const c of task.credentials) {
    // Keys are login servers typed by the learner: defineProperty keeps `__proto__` inert.
    Object.defineProperty(custom, c.loginServer, {
      value: { identity: c.identity, password: null, userName: null },
      enumerable: true,
    });
  }
  return {
    customRegistries: task.credentials.length > 0 ? custom : null,
    sourceRegistry: { loginMode: task.authMode },
  };
}

/** The JSON object az prints for one task. */
export function taskView(world: World, task: AcrTask): Record<string, unknown> {
  const reg = findRegistry(world, task.registry);
  const created = azTime(task.creationDate);
  return {
    agentConfiguration: { cpu: 2 },
    agentPoolName: null,
    creationDate: created,
    credentials: credentialsView(task),
    id: taskId(world, task),
    identity: identityView(world, task),
    isSystemTask: false,
    location: reg?.location ?? null,
    logTemplate: null,
    name: task.name,
    platform: { architecture: 'amd64', os: 'linux', variant: null },
    provisioningState: 'Succeeded',
    resourceGroup: task.resourceGroup,
    status: task.status,
    step: stepView(task),
    systemData: { createdAt: created, createdBy: world.user.name, createdByType: 'User' },
    tags: null,
    timeout: TASK_TIMEOUT_SECONDS,
    trigger: {
      baseImageTrigger: {
        baseImageTriggerType: 'Runtime',
        name: 'defaultBaseimageTriggerName',
        status: 'Enabled',
        updateTriggerEndpoint: null,
        updateTriggerPayloadType: 'Default',
      },
      sourceTriggers: null,
      timerTriggers: task.schedule ? [{ name: 't1', schedule: task.schedule, status: 'Enabled' }] : null,
    },
    type: 'Microsoft.ContainerRegistry/registries/tasks',
  };
}

/** The credentials map `az acr task credential add/list/remove` print (`custom_registries`). */
export function credentialMapView(task: AcrTask): Record<string, unknown> {
  return (credentialsView(task).customRegistries as Record<string, unknown> | null) ?? {};
}

/** Images a run pushes, as full names under the login server (the model fills in `{{.Run.ID}}`). */
export function runImages(task: AcrTask, runId: string, login: string): string[] {
  return modelRunImages(task.step.imageNames, runId, login).map((n) => (n.split('/')[0].includes('.') ? n : `${login}/${n}`));
}

/** `az acr task list/show -o table` columns (acr `_format.py`, `_task_format_group`). */
export function taskTable(item: any): Record<string, unknown> {
  const triggers: string[] = [];
  if (item?.trigger?.timerTriggers?.some?.((t: any) => String(t?.status).toLowerCase() === 'enabled')) triggers.push('TIMER');
  if (String(item?.trigger?.baseImageTrigger?.status ?? '').toLowerCase() === 'enabled') triggers.push('BASE_IMAGE');
  return {
    NAME: cell(item?.name),
    PLATFORM: cell(item?.platform?.os),
    STATUS: cell(item?.status),
    'SOURCE REPOSITORY': cell(item?.step?.contextPath),
    TRIGGERS: triggers.length ? triggers.sort().join(', ') : ' ',
  };
}
