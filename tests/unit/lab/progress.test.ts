import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { labCommands } from '~/lab/commands';
import { changedCells, rowKey } from '~/lab/matrix-view';
import { parseScenario, type Scenario } from '~/lab/scenario';
import { buildStartState } from '~/lab/start-state';
import { progress } from '~/lab/steps';
import { commandSummary } from '~/lab/summary';
import { outcomeMatrix, type World } from '~/model';
import { Shell } from '~/shell/interpreter';

async function setup() {
  const file = fileURLToPath(new URL('../../../content/scenarios/06-acr-tasks.json', import.meta.url));
  const parsed = parseScenario(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error);
  const scenario: Scenario = parsed.scenario;
  const start = await buildStartState(scenario, labCommands);
  if (!start.ok) throw new Error(start.error);
  let world: World = start.state.world;
  const shell = new Shell({ host: { commands: labCommands({ get: () => world, set: (w) => (world = w) }).commands }, paced: false });
  /** Runs lines in the lab shell and returns the world after them (a failed task run exits 1 on purpose). */
  const run = async (...lines: string[]) => {
    for (const line of lines) await shell.run(line, () => undefined);
    return world;
  };
  const solution = (id: string) => scenario.steps.find((s) => s.id === id)?.solution ?? [];
  return { scenario, run, solution, start: start.state.world };
}

describe('step progress (lesson 6)', () => {
  it('counts nothing at the start and the first step once its goal holds', async () => {
    const { scenario, run, solution, start } = await setup();
    expect(progress(scenario.steps, [], start)).toEqual([]);
    expect(progress(scenario.steps, [], await run(...solution('create-task')))).toEqual(['create-task']);
  });

  it('does not count a later step done early until the steps before it are done, then counts both', async () => {
    const { scenario, run, solution } = await setup();
    const early = await run(...solution('disable-public-access'));
    expect(progress(scenario.steps, [], early)).toEqual([]);
    const after = await run(...solution('create-task'), ...solution('assign-acrpush'), ...solution('add-credential'));
    expect(progress(scenario.steps, [], after)).toEqual(['create-task', 'assign-acrpush', 'add-credential', 'disable-public-access']);
  });

  it('keeps achieved steps done when a later step changes their state back (the failed second run)', async () => {
    const { scenario, run, solution } = await setup();
    let achieved: string[] = [];
    for (const step of scenario.steps) achieved = progress(scenario.steps, achieved, await run(...solution(step.id)));
    expect(achieved).toEqual(scenario.steps.map((s) => s.id));
  });
});

describe('changed matrix cells', () => {
  it('are exactly the task cells that switching trusted services off denies on a locked registry', async () => {
    const { run, solution } = await setup();
    const locked = await run(...['create-task', 'assign-acrpush', 'add-credential', 'disable-public-access'].flatMap(solution));
    const before = outcomeMatrix(locked, 'myregistry');
    const after = outcomeMatrix(await run('az acr update -n myregistry --allow-trusted-services false'), 'myregistry');
    const changed = changedCells(before, after);
    const task = after.find((r) => r.caller.kind === 'acr-task');
    expect(task && changed.has(`${rowKey(task)}|push`)).toBe(true);
    for (const key of changed) expect(after.find((r) => key.startsWith(rowKey(r)))?.[key.endsWith('push') ? 'push' : 'pull'].allowed).toBe(false);
    expect(changedCells(after, after).size).toBe(0);
  });
});

describe('commandSummary', () => {
  it.each([
    ['az acr update --name myregistry --allow-trusted-services false', 'az acr update'],
    ['  az   acr task run -n hellotask -r myregistry', 'az acr task run'],
    ['az role assignment create --role AcrPush', 'az role assignment create'],
    ['principalID=$(az acr task show -n hellotask -r myregistry --query identity.principalId -o tsv)', 'principalID=$(az acr task show -n hello…'],
    ['echo $registryID', 'echo'],
  ])('%s → %s', (line, summary) => {
    expect(commandSummary(line)).toBe(summary);
  });
});
