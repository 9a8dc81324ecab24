/** Shared test data: scenario start states and hand-made (possibly hostile) link payloads. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { labCommands } from '~/lab/commands';
import { parseScenario, type Scenario } from '~/lab/scenario';
import { packText } from '~/lab/share';
import { buildStartState } from '~/lab/start-state';
import type { World } from '~/model';

export const SCENARIO_DIR = fileURLToPath(new URL('../../../content/scenarios/', import.meta.url));
export const SCENARIO_FILES = readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.json'));

export function loadScenario(file: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(SCENARIO_DIR + file, 'utf8')), file);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.scenario;
}

export async function startWorld(file: string): Promise<World> {
  const start = await buildStartState(loadScenario(file), labCommands);
  if (!start.ok) throw new Error(start.error);
  return start.state.world;
}

/** A v1 payload around any JSON text, as an attacker would build it. */
export const rawPayload = (json: string): string => `v1.${packText(json)}`;
