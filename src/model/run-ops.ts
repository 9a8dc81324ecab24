/**
 * `az acr task run`: a run exists whether or not the registry let the agent in; its `decision`
 * says why it failed (facts §7 run output). Durations match the facts' sample logs.
 */
import { ok } from './errors';
import { isFailure } from './group-ops';
import { tick } from './ids';
import { decide } from './decide';
import { loginServer, withRegistry } from './lookups';
import { msg } from './messages';
import { requireTask } from './task-ops';
import { REPOSITORY_PATTERN, sameName, TAG_PATTERN } from './validate';
import type { AcrTask, Caller, Decision, OpResult, Registry, TaskRun, World } from './types';

/** Run length on success and on a failed login (facts §7: "after 12s" / "after 5s"). */
export const RUN_DURATION_MS = { success: 12_000, failure: 5_000 } as const;

/** Image names of a run: `{{.Run.ID}}` / `$ID` replaced, login-server prefix dropped. */
export function runImages(imageNames: readonly string[], runId: string, server: string): string[] {
  return imageNames
    .map((n) => n.replace(/\{\{\s*\.Run\.ID\s*\}\}/g, runId).replace(/\$ID\b/g, runId))
    .map((n) => (n.toLowerCase().startsWith(`${server}/`) || n.startsWith('$Registry/') ? n.slice(n.indexOf('/') + 1) : n));
}

/**
 * The image a `--cmd` step runs, when it comes from the task's own registry
 * (`$Registry/hello-world` or `<login server>/...`), with the login server spelled out.
 */
export function ownImageOfStep(task: AcrTask, server: string): string | null {
  if (task.step.type !== 'EncodedTask') return null;
  const image = task.step.cmd.trim().split(/\s+/)[0] ?? '';
  const path = image.startsWith('$Registry/') ? image.slice('$Registry/'.length) : image.toLowerCase().startsWith(`${server}/`) ? image.slice(server.length + 1) : null;
  if (!path) return null;
  return `${server}/${path.includes(':') || path.includes('@') ? path : `${path}:latest`}`;
}

/** What a run does against its own registry: the agent's login, pulling the step's image, pushing its tags. */
export function runAccess(task: AcrTask, reg: Registry): { logsIn: boolean; pulls: boolean; pushes: boolean } {
  const server = loginServer(reg);
  return {
    logsIn: task.authMode !== 'None' || task.credentials.some((c) => sameName(c.loginServer, server)),
    pulls: ownImageOfStep(task, server) !== null,
    pushes: task.step.imageNames.length > 0,
  };
}

/**
 * The decision a run stands or falls by: pull decides the agent's login and the step's image, and
 * push is asked of a run that pushes, once it got that far (or first, when pushing is its only
 * contact with the registry). A run that never touches its
 * registry (public image, no login, nothing to push) is not stopped by the registry's rules.
 */
function runDecision(world: World, reg: Registry, task: AcrTask): { decision: Decision; operation: 'pull' | 'push' } {
  const access = runAccess(task, reg);
  if (!access.logsIn && !access.pulls && !access.pushes) {
    const reason = msg('model.reason.run-registry-untouched', { registry: reg.name });
    return { decision: { allowed: true, layer: 'resource', rule: 'run.registry-untouched', reason, fixes: [], trail: ['run.registry-untouched'] }, operation: 'pull' };
  }
  const caller: Caller = { kind: 'acr-task', registry: reg.name, task: task.name };
  if (access.logsIn || access.pulls) {
    const pull = decide(world, { caller, operation: 'pull', registry: reg.name });
    if (!pull.allowed || !access.pushes) return { decision: pull, operation: 'pull' };
  }
  return { decision: decide(world, { caller, operation: 'push', registry: reg.name }), operation: 'push' };
}

/** `az acr task run -n <task> -r <registry>`. */
export function runTask(world: World, input: { registry: string; task: string }): OpResult<TaskRun> {
  const found = requireTask(world, input.registry, input.task);
  if (isFailure(found)) return found;
  const { reg, task } = found;
  const runId = `ca${reg.nextRunNumber}`;
  const { decision, operation } = runDecision(world, reg, task);
  const startTime = new Date(world.clock).toISOString();
  const finish = world.clock + (decision.allowed ? RUN_DURATION_MS.success : RUN_DURATION_MS.failure);
  const run: TaskRun = {
    runId,
    taskName: task.name,
    status: decision.allowed ? 'Succeeded' : 'Failed',
    startTime,
    finishTime: new Date(finish).toISOString(),
    decision,
    operation,
  };
  let next: Registry = { ...reg, runs: [...reg.runs, run], nextRunNumber: reg.nextRunNumber + 1 };
  if (decision.allowed) {
    for (const image of runImages(task.step.imageNames, runId, `${reg.name.toLowerCase()}.azurecr.io`)) {
      const colon = image.lastIndexOf(':');
      const repository = colon > 0 ? image.slice(0, colon) : image;
      const tag = colon > 0 ? image.slice(colon + 1) : 'latest';
      if (!REPOSITORY_PATTERN.test(repository) || !TAG_PATTERN.test(tag)) continue;
      const repo = next.repositories.find((r) => r.name === repository);
      next = {
        ...next,
        repositories: repo
          ? next.repositories.map((r) => (r === repo ? { ...r, tags: r.tags.includes(tag) ? r.tags : [...r.tags, tag] } : r))
          : [...next.repositories, { name: repository, tags: [tag] }],
      };
    }
  }
  return ok(tick(withRegistry(world, next), finish - world.clock), run);
}
