/**
 * The streamed log of an ACR Tasks run (facts §7), rebuilt from the stored run: the run keeps the
 * access Decision that let it through or stopped it, so `az acr task run` and `az acr task logs`
 * print the same lines. Agent lines carry time stamps from the world's clock; error lines printed
 * by the run host itself have none, as in real run logs.
 */
import { loginServer, ownImageOfStep, registryDenialText } from '../../model';
import type { AcrTask, Registry, TaskRun } from '../../model';
import type { OutputChunk } from '../types';
import { agentTime } from './az-time';
import { errorLine } from './model-result';
import { runImages, TASK_TIMEOUT_SECONDS } from './task-view';

/** Pause between agent lines in an interactive terminal: long enough to read as a live stream. */
const LINE_DELAY_MS = 120;
const AGENT_WAIT_MS = 900;

/** How a run log is printed: live by `az acr task run`, replayed by `az acr task logs`. */
export interface RunLogOptions {
  /** `az acr task run`: print the queue lines and end a failed run with `ERROR: Run failed`. */
  live: boolean;
  /** Interactive terminal (colours the error line). */
  isTty?: boolean;
}

/** Seconds a run took, as the final `Run ID: ... after Ns` line prints it. */
function durationSeconds(run: TaskRun): number {
  const s = Math.round((Date.parse(run.finishTime) - Date.parse(run.startTime)) / 1000);
  return Number.isFinite(s) && s >= 0 ? s : 0;
}

/** Output the hello-world image prints, so a `--cmd` run shows what its container did. */
function containerOutput(task: AcrTask): string[] {
  if (task.step.type !== 'EncodedTask' || !/hello-world/i.test(task.step.cmd)) return [];
  return ['', 'Hello from Docker!', 'This message shows that your installation appears to be working correctly.', ''];
}

/** `hello-world/manifests/latest` for `<server>/hello-world:latest`. */
function manifestPath(image: string, server: string): string {
  const path = image.slice(server.length + 1);
  const at = path.indexOf('@');
  const colon = path.lastIndexOf(':');
  const [repo, ref] = at > 0 ? [path.slice(0, at), path.slice(at + 1)] : [path.slice(0, colon), path.slice(colon + 1)];
  return `${repo}/manifests/${ref}`;
}

/** All chunks of one run's log, ending with the run's verdict line. */
export function runLogChunks(reg: Registry, task: AcrTask | undefined, run: TaskRun, opts: RunLogOptions): OutputChunk[] {
  const out: OutputChunk[] = [];
  const start = Date.parse(run.startTime);
  const total = durationSeconds(run);
  const at = (fraction: number) => agentTime(start + Math.round(total * fraction) * 1000);
  const line = (text: string, delayMs = LINE_DELAY_MS) => out.push({ stream: 'stdout', text: `${text}\n`, delayMs });
  const agent = (fraction: number, text: string) => line(`${at(fraction)} ${text}`);

  if (opts.live) {
    out.push({ stream: 'stderr', text: `Queued a run with ID: ${run.runId}\n`, delayMs: 200 });
    out.push({ stream: 'stderr', text: 'Waiting for an agent...\n', delayMs: 300 });
  }
  const own = loginServer(reg);
  const denial = run.status === 'Succeeded' ? '' : registryDenialText(run.decision) || 'denied: requested access to the resource is denied';
  const fail = () => {
    line(`Run ID: ${run.runId} failed after ${total}s. Error: failed during run, err: exit status 1`);
    if (opts.live) out.push({ stream: 'stderr', text: errorLine(opts.isTty ?? false, 'Run failed'), delayMs: 0 });
    return out;
  };

  // In the `current` profile the token exchange is refused before the agent even starts (facts §7).
  if (run.status !== 'Succeeded' && run.decision.rule === 'network.tasks-bypass-flag') {
    line(denial, AGENT_WAIT_MS);
    return fail();
  }
  agent(0.05, 'Alias support enabled for version >= 1.1.0, please see https://aka.ms/acr/tasks/task-aliases for more information.');
  out[out.length - 1].delayMs = AGENT_WAIT_MS;
  agent(0.05, "Creating Docker network: acb_default_network, driver: 'bridge'");
  agent(0.1, 'Successfully set up Docker network: acb_default_network');
  agent(0.1, 'Setting up Docker configuration...');
  agent(0.15, 'Successfully set up Docker configuration');

  // `--auth-mode Default` logs in to the task's own registry with the run token; custom
  // credentials (`az acr task credential add`) add their login servers (task.py, get_custom_registry_credentials).
  const servers = [...(task?.authMode === 'None' ? [] : [own]), ...(task?.credentials.map((c) => c.loginServer) ?? [])];
  const logins = servers.filter((s, i) => servers.findIndex((t) => t.toLowerCase() === s.toLowerCase()) === i);
  // Runs saved before `operation` existed were all decided as push and failed at the login.
  const failedOp = denial ? (run.operation ?? 'login') : null;
  for (const server of logins) {
    agent(0.2, `Logging in to registry: ${server}`);
    if (failedOp !== null && failedOp !== 'push' && server.toLowerCase() === own) {
      line(`failed to login, ran out of retries: failed to set docker credentials: Error response from daemon: Get "https://${own}/v2/": ${denial}`);
      return fail();
    }
    agent(0.3, `Successfully logged into ${server}`);
  }

  const images = task ? runImages(task, run.runId, own) : [];
  agent(0.35, `Executing step ID: acb_step_0. Timeout(sec): ${TASK_TIMEOUT_SECONDS}, Working directory: '', Network: 'acb_default_network'`);
  agent(0.35, 'Launching container with name: acb_step_0');
  const ownImage = task ? ownImageOfStep(task, own) : null;
  if (failedOp === 'pull' && ownImage) {
    // No login came first, so the denial surfaces where docker fetches the step's image.
    const url = run.decision.layer === 'network' ? `Get "https://${own}/v2/"` : `Head "https://${own}/v2/${manifestPath(ownImage, own)}"`;
    line(`Unable to find image '${ownImage}' locally`);
    line(`docker: Error response from daemon: ${url}: ${denial}`);
    line("See 'docker run --help'.");
    line('failed to run step ID: acb_step_0: exit status 125');
    return fail();
  }
  for (const text of task ? containerOutput(task) : []) line(text);
  agent(0.6, 'Successfully executed container: acb_step_0');
  for (const image of images) {
    agent(0.65, `Pushing image: ${image}, attempt 1`);
    if (failedOp === 'push' || failedOp === 'login') {
      line(`failed to push images: ${denial}`);
      return fail();
    }
    agent(0.8, `Successfully pushed image: ${image}`);
  }
  if (denial) {
    // Nothing left that touches the registry, yet the model denied it: still report the failure.
    line(denial);
    return fail();
  }
  agent(0.9, `Step ID: acb_step_0 marked as successful (elapsed time in seconds: ${(total * 0.5).toFixed(6)})`);
  line('');
  line(`Run ID: ${run.runId} was successful after ${total}s`);
  return out;
}
