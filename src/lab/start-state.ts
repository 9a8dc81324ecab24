/**
 * A scenario's start state: a fresh world in the scenario's profile, the `setup` lines run
 * through the simulated shell (so they must be valid az, and their variables carry over), then
 * the private endpoint connections the CLI cannot create. No DOM: Node tests use it too.
 */
import type { World } from '../model';
import { Shell } from '../shell/interpreter';
import type { OutputChunk } from '../shell/types';
import { applyPrivateEndpoints, scenarioBaseWorld, type Scenario } from './scenario';
import type { SessionState } from './session-schema';
import type { CommandSet, WorldAccess } from './simulated-backend';

export type StartResult = { ok: true; state: SessionState } | { ok: false; error: string };

/** Runs the setup silently; the first failing line stops it with that line's error output. */
export async function buildStartState(scenario: Scenario, commands: (world: WorldAccess) => CommandSet): Promise<StartResult> {
  let world: World = scenarioBaseWorld(scenario);
  const access: WorldAccess = { get: () => world, set: (next) => (world = next) };
  const shell = new Shell({ host: { commands: commands(access).commands }, paced: false, isTty: false });
  for (const [index, line] of scenario.setup.entries()) {
    const stderr: string[] = [];
    const outcome = await shell.run(line, (chunk: OutputChunk) => {
      if (chunk.stream === 'stderr') stderr.push(chunk.text);
    });
    if (outcome.exitCode !== 0) {
      const detail = stderr.join('').trim() || `exit ${outcome.exitCode}`;
      return { ok: false, error: `setup line ${index + 1} (${line}): ${detail}` };
    }
  }
  const withEndpoints = applyPrivateEndpoints(world, scenario);
  if (!withEndpoints.ok) return withEndpoints;
  // Setup variables (e.g. principalID) stay available; setup lines are not the learner's history.
  const { vars } = shell.exportState();
  return { ok: true, state: { world: withEndpoints.world, shell: { version: 1, vars, history: [], lastStatus: 0 }, achieved: [] } };
}
