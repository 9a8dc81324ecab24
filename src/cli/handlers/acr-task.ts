/**
 * Handlers of `az acr task ...` (facts §4 workflow, §7). `task run` streams the run log rebuilt
 * from the stored run and its access decision (task-run-log.ts).
 */
import {
  addTaskCredential,
  createTask,
  deleteTask,
  findTask,
  removeTaskCredential,
  runTask,
  type AcrTask,
  type Registry,
  type World,
} from '../../model';
import type { CommandContext, HandlerResult } from '../types';
import { requireRegistry } from './acr-registry';
import { apply, bool, cliFail, requireSignedIn, requireYes, str, unwrap } from './model-result';
import { runLogChunks } from './task-run-log';
import { runView } from './run-view';
import { credentialMapView, taskView } from './task-view';

type Args = Record<string, unknown>;

/** Registry and task, with ARM's 404 for an unknown task (exit 3). */
function requireTask(ctx: CommandContext, args: Args): { reg: Registry; task: AcrTask } {
  requireSignedIn(ctx);
  const reg = requireRegistry(ctx.world, String(args.registry), str(args, 'resourceGroup'));
  const task = findTask(ctx.world, reg.name, String(args.task));
  if (!task) {
    cliFail(
      `(ResourceNotFound) The Resource 'Microsoft.ContainerRegistry/registries/${reg.name}/tasks/${String(args.task)}' under resource group '${reg.resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
      3,
    );
  }
  return { reg, task };
}

const list = (v: unknown): string[] | undefined => (v === undefined || v === null ? undefined : Array.isArray(v) ? v.map(String) : [String(v)]);

/** `az acr task create`: az's own checks first (task.py `acr_task_create`), then the model's. */
export function taskCreate(ctx: CommandContext, args: Args): HandlerResult {
  const context = str(args, 'context');
  if (!context) cliFail('If the task is not a System Task, --context-path must be provided.', 1);
  // Source triggers watch a git context: az turns both off for `/dev/null` and `oci://` contexts.
  // Defaults as in az: commit trigger on, pull-request trigger off.
  const gitContext = context.toLowerCase() !== '/dev/null' && !context.toLowerCase().startsWith('oci://');
  const sourceTriggerOn = (bool(args, 'commitTriggerEnabled') ?? true) || (bool(args, 'pullRequestTriggerEnabled') ?? false);
  if (gitContext && sourceTriggerOn && !str(args, 'gitAccessToken')) {
    cliFail('If source control trigger is enabled [--commit-trigger-enabled] or [--pull-request-trigger-enabled] --git-access-token must be provided.', 1);
  }
  // `--assign-identity` with no value means the system-assigned identity (nargs='*' in az).
  const identities = list(args.assignIdentity);
  const res = createTask(ctx.world, {
    registry: String(args.registry),
    name: String(args.task),
    resourceGroup: str(args, 'resourceGroup'),
    cmd: str(args, 'cmd'),
    file: str(args, 'file'),
    context,
    image: list(args.image),
    assignIdentity: identities && identities.length === 0 ? ['[system]'] : identities,
    authMode: str(args, 'authMode'),
    schedule: str(args, 'schedule'),
  });
  return apply(res, taskView);
}

/** `az acr task show`. */
export function taskShow(ctx: CommandContext, args: Args): HandlerResult {
  return { result: taskView(ctx.world, requireTask(ctx, args).task) };
}

/** `az acr task list -r <registry>`. */
export function taskList(ctx: CommandContext, args: Args): HandlerResult {
  requireSignedIn(ctx);
  const reg = requireRegistry(ctx.world, String(args.registry), str(args, 'resourceGroup'));
  const tasks = ctx.world.tasks.filter((t) => t.registry.toLowerCase() === reg.name.toLowerCase());
  return { result: tasks.map((t) => taskView(ctx.world, t)) };
}

/** `az acr task delete`: prints nothing; needs `--yes` (CONFIRM_NEEDS_YES). */
export function taskDelete(ctx: CommandContext, args: Args): HandlerResult {
  const { reg, task } = requireTask(ctx, args);
  requireYes(args);
  return { world: unwrap(deleteTask(ctx.world, { registry: reg.name, task: task.name })).world };
}

/** `az acr task run`: queue lines, the streamed log, then the verdict; a failed run exits 1. */
export function taskRun(ctx: CommandContext, args: Args): HandlerResult {
  const { reg } = requireTask(ctx, args);
  const { world, value: run } = unwrap(runTask(ctx.world, { registry: reg.name, task: String(args.task) }));
  const task = findTask(world, reg.name, run.taskName);
  const after = world.registries.find((r) => r.name === reg.name) ?? reg;
  const stream = runLogChunks(after, task, run, { live: true, isTty: ctx.isTty });
  return { world, stream, exitCode: run.status === 'Succeeded' ? 0 : 1 };
}

/** Runs of a registry, newest first, as the runs API lists them. */
function runsOf(world: World, reg: Registry, taskName?: string) {
  return [...reg.runs].reverse().filter((r) => taskName === undefined || r.taskName.toLowerCase() === taskName.toLowerCase());
}

/** `az acr task logs -r <registry> [--run-id] [-n <task>]`: the log of a run (default: the last one). */
export function taskLogs(ctx: CommandContext, args: Args): HandlerResult {
  requireSignedIn(ctx);
  const reg = requireRegistry(ctx.world, String(args.registry), str(args, 'resourceGroup'));
  const taskName = str(args, 'task');
  const runId = str(args, 'runId');
  const warnings: string[] = [];
  let run = runId === undefined ? runsOf(ctx.world, reg, taskName)[0] : reg.runs.find((r) => r.runId.toLowerCase() === runId.toLowerCase());
  const forTask = taskName ? ` for task '${taskName}'` : '';
  if (!run && runId === undefined) cliFail(`Could not find the last created run${forTask}.`, 1);
  if (!run) {
    return cliFail(
      `(ResourceNotFound) The Resource 'Microsoft.ContainerRegistry/registries/${reg.name}/runs/${runId}' under resource group '${reg.resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
      3,
    );
  }
  if (runId === undefined) warnings.push(`Showing logs of the last created run${forTask}.`, `Run ID: ${run.runId}`);
  const stream = runLogChunks(reg, findTask(ctx.world, reg.name, run.taskName), run, { live: false });
  return { stream, warnings: warnings.length > 0 ? warnings : undefined };
}

/** `az acr task list-runs -r <registry> [-n <task>] [--top] [--run-status]`. */
export function taskListRuns(ctx: CommandContext, args: Args): HandlerResult {
  requireSignedIn(ctx);
  const reg = requireRegistry(ctx.world, String(args.registry), str(args, 'resourceGroup'));
  const status = str(args, 'runStatus');
  const top = Number(args.top ?? 15);
  const runs = runsOf(ctx.world, reg, str(args, 'task'))
    .filter((r) => status === undefined || r.status === status)
    .slice(0, Number.isInteger(top) && top > 0 ? top : 15);
  return { result: runs.map((r) => runView(ctx.world, reg.name, r, findTask(ctx.world, reg.name, r.taskName))) };
}

/** `az acr task credential add`: prints the task's custom registry credentials. */
export function credentialAdd(ctx: CommandContext, args: Args): HandlerResult {
  const { reg, task } = requireTask(ctx, args);
  const res = addTaskCredential(ctx.world, { registry: reg.name, task: task.name, loginServer: String(args.loginServer), useIdentity: str(args, 'useIdentity') });
  return apply(res, (_w, t) => credentialMapView(t));
}

/** `az acr task credential list`. */
export function credentialList(ctx: CommandContext, args: Args): HandlerResult {
  return { result: credentialMapView(requireTask(ctx, args).task) };
}

/** `az acr task credential remove`: prints the remaining credentials. */
export function credentialRemove(ctx: CommandContext, args: Args): HandlerResult {
  const { reg, task } = requireTask(ctx, args);
  return apply(removeTaskCredential(ctx.world, { registry: reg.name, task: task.name, loginServer: String(args.loginServer) }), (_w, t) => credentialMapView(t));
}
