/**
 * `az acr task run`: a run exists whether or not the registry let the agent in; its `decision`
 * says why it failed (facts §7 run output). Durations match the facts' sample logs.
 */
import { ok } from './errors';
import { isFailure } from './group-ops';
import { tick } from './ids';
import { decide } from './decide';
import { withRegistry } from './lookups';
import { requireTask } from './task-ops';
import { REPOSITORY_PATTERN, TAG_PATTERN } from './validate';
import type { OpResult, Registry, TaskRun, World } from './types';

/** Run length on success and on a failed login (facts §7: "after 12s" / "after 5s"). */
export const RUN_DURATION_MS = { success: 12_000, failure: 5_000 } as const;

/** Image names of a run: `{{.Run.ID}}` / `$ID` replaced, login-server prefix dropped. */
export function runImages(imageNames: readonly string[], runId: string, server: string): string[] {
  return imageNames
    .map((n) => n.replace(/\{\{\s*\.Run\.ID\s*\}\}/g, runId).replace(/\$ID\b/g, runId))
    .map((n) => (n.toLowerCase().startsWith(`${server}/`) || n.startsWith('$Registry/') ? n.slice(n.indexOf('/') + 1) : n));
}

/** `az acr task run -n <task> -r <registry>`. */
export function runTask(world: World, input: { registry: string; task: string }): OpResult<TaskRun> {
  const found = requireTask(world, input.registry, input.task);
  if (isFailure(found)) return found;
  const { reg, task } = found;
  const runId = `ca${reg.nextRunNumber}`;
  const decision = decide(world, { caller: { kind: 'acr-task', registry: reg.name, task: task.name }, operation: 'push', registry: reg.name });
  const startTime = new Date(world.clock).toISOString();
  const finish = world.clock + (decision.allowed ? RUN_DURATION_MS.success : RUN_DURATION_MS.failure);
  const run: TaskRun = {
    runId,
    taskName: task.name,
    status: decision.allowed ? 'Succeeded' : 'Failed',
    startTime,
    finishTime: new Date(finish).toISOString(),
    decision,
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
