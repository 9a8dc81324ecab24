/**
 * `az acr task list-runs` JSON and table columns for model runs, shaped like the runs API output
 * the real CLI prints (keys sorted, `resourceGroup` added).
 */
import { findRegistry, registryId, type AcrTask, type TaskRun, type World } from '../../model';
import { azTime, cell, tableDuration, tableTime } from './az-time';
import { runImages } from './task-view';

/** The JSON object az prints for one run (`az acr task list-runs`). */
export function runView(world: World, registry: string, run: TaskRun, task?: AcrTask): Record<string, unknown> {
  const reg = findRegistry(world, registry);
  const login = `${registry.toLowerCase()}.azurecr.io`;
  const failed = run.status !== 'Succeeded';
  const images = !failed && task ? runImages(task, run.runId, login) : [];
  return {
    agentConfiguration: { cpu: 2 },
    agentPoolName: null,
    createTime: azTime(run.startTime),
    customRegistries: task ? task.credentials.map((c) => c.loginServer) : [],
    finishTime: azTime(run.finishTime),
    id: `${reg ? registryId(world, reg) : ''}/runs/${run.runId}`,
    imageUpdateTrigger: null,
    isArchiveEnabled: false,
    lastUpdatedTime: azTime(run.finishTime),
    logArtifact: null,
    name: run.runId,
    outputImages: images.map((i) => {
      const [repoPart, tag] = splitTag(i.slice(login.length + 1));
      return { digest: null, registry: login, repository: repoPart, tag };
    }),
    platform: { architecture: 'amd64', os: 'linux', variant: null },
    provisioningState: 'Succeeded',
    resourceGroup: reg?.resourceGroup ?? null,
    runErrorMessage: failed ? 'failed during run, err: exit status 1' : null,
    runId: run.runId,
    runType: 'QuickRun',
    sourceRegistryAuth: null,
    sourceTrigger: null,
    startTime: azTime(run.startTime),
    status: run.status,
    systemData: null,
    task: run.taskName,
    timerTrigger: null,
    type: 'Microsoft.ContainerRegistry/registries/runs',
    updateTriggerToken: null,
  };
}

/** `repo:tag` → `[repo, tag]` (tag defaults to `latest`, as docker does). */
export function splitTag(image: string): [string, string] {
  const slash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  return colon > slash ? [image.slice(0, colon), image.slice(colon + 1)] : [image, 'latest'];
}

/** `az acr task list-runs -o table` columns (acr `_format.py`, `_run_format_group`). */
export function runTable(item: any): Record<string, unknown> {
  return {
    'RUN ID': cell(item?.runId),
    TASK: cell(item?.task),
    PLATFORM: cell(item?.platform?.os),
    STATUS: cell(item?.status),
    TRIGGER: item?.timerTrigger ? 'Timer' : item?.imageUpdateTrigger ? 'Image Update' : 'Manual',
    STARTED: tableTime(item?.startTime),
    DURATION: tableDuration(item?.startTime, item?.finishTime),
  };
}
