import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { labCommands } from '~/lab/commands';
import { parseScenario, type Scenario } from '~/lab/scenario';
import { buildStartState } from '~/lab/start-state';
import { checkGoal, findRegistry } from '~/model';

const dir = fileURLToPath(new URL('../../../content/scenarios/', import.meta.url));
const scenarios = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((file) => {
    const parsed = parseScenario(JSON.parse(readFileSync(dir + file, 'utf8')), file);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.scenario;
  });

describe.each(scenarios.map((s) => [s.id, s] as const))('start state of %s', (_id, scenario) => {
  it('runs every setup line, keeps no history, and shows the focused registry', async () => {
    const start = await buildStartState(scenario, labCommands);
    if (!start.ok) throw new Error(start.error);
    expect(start.state.shell.history).toEqual([]);
    expect(start.state.world.profile).toBe(scenario.profile);
    expect(findRegistry(start.state.world, scenario.registry)?.name).toBe(scenario.registry);
    for (const pe of scenario.privateEndpoints ?? []) {
      expect(findRegistry(start.state.world, pe.registry)?.privateEndpointConnections.map((c) => c.name)).toContain(pe.name);
    }
  });

  it.runIf(scenario.steps.length > 0)('does not already meet the first goal', async () => {
    const start = await buildStartState(scenario, labCommands);
    expect(start.ok && checkGoal(start.state.world, scenario.steps[0].goal)).toBe(false);
  });
});

describe('buildStartState', () => {
  const broken: Scenario = { ...scenarios[0], setup: ['az group create -n myresourcegroup -l koreacentral', 'az acr create -n UPPER -g myresourcegroup --sku Premium'] };

  it('stops at the first failing setup line and names it with az error text', async () => {
    const start = await buildStartState(broken, labCommands);
    expect(start.ok ? 'ok' : start.error).toMatch(/^setup line 2 \(az acr create -n UPPER[^)]*\): .*ERROR/s);
  });

  it('carries setup variables into the learner shell', async () => {
    const withVar: Scenario = { ...scenarios[0], setup: [...scenarios[0].setup, 'registryID=$(az acr show -n myregistry --query id -o tsv)'] };
    const start = await buildStartState(withVar, labCommands);
    expect(start.ok && start.state.shell.vars.find(([name]) => name === 'registryID')?.[1]).toMatch(/\/registries\/myregistry$/);
  });
});
