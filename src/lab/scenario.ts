/**
 * Lesson scenarios (`content/scenarios/<id>.json`): the start state of a lab and its steps.
 * Pure (zod + model only) so the build, the browser and Node tests share one reading of the
 * files. Goals are the model's; they are checked against state, never against typed commands.
 */
import { z } from 'zod';
import { addPrivateEndpointConnection, createWorld, GoalSchema, type World } from '../model';

const Localized = z
  .object({ en: z.string().min(1), ko: z.string().min(1) })
  .strict()
  .describe('The same text in English and Korean');

const StepSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and dashes').describe('Stable id (progress is saved by it)'),
    title: Localized.describe('What the learner does, as a checklist item'),
    hint: Localized.describe('A nudge shown on request'),
    goal: GoalSchema.describe('State that completes the step (model goal)'),
    solution: z.array(z.string().min(1)).min(1).describe('Shell lines that reach the goal, run in order'),
  })
  .strict();

/** zod schema of a scenario file. */
export const ScenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/).describe('Equals the file name without .json'),
    profile: z.enum(['2021', 'current']).describe('Behaviour profile the lab starts in'),
    workstationIp: z.string().ip({ version: 'v4' }).describe("The learner's simulated public IPv4"),
    registry: z.string().min(1).describe('Registry shown in the lab panel'),
    title: Localized,
    setup: z.array(z.string().min(1)).describe('Shell lines run (silently) to build the start state'),
    privateEndpoints: z
      .array(
        z
          .object({
            registry: z.string().min(1),
            name: z.string().min(1),
            status: z.enum(['Approved', 'Pending', 'Rejected', 'Disconnected']).optional(),
          })
          .strict(),
      )
      .optional()
      .describe('Private endpoint connections added after setup (they cannot be made from the CLI)'),
    steps: z.array(StepSchema).describe('Checklist; empty for free play'),
  })
  .strict()
  .superRefine((scenario, ctx) => {
    const seen = new Set<string>();
    scenario.steps.forEach((step, i) => {
      if (seen.has(step.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `duplicate step id "${step.id}"` });
      seen.add(step.id);
    });
  });

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioStep = Scenario['steps'][number];
export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; error: string };

/**
 * Validates scenario data. The error names the file and every problem with its JSON path, e.g.
 * `06-acr-tasks.json: steps.2.goal.kind: Invalid discriminator value…`.
 */
export function parseScenario(data: unknown, source = 'scenario'): ScenarioResult {
  const result = ScenarioSchema.safeParse(data);
  if (result.success) return { ok: true, scenario: result.data };
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return { ok: false, error: `${source}: ${problems.join('; ')}` };
}

/** The world before setup runs: fresh, in the scenario's profile, with its workstation IP. */
export function scenarioBaseWorld(scenario: Scenario): World {
  return createWorld({ profile: scenario.profile, workstationIp: scenario.workstationIp });
}

/**
 * Adds the scenario's private endpoint connections (after setup created the registries).
 * Returns the error message of the first one the model refuses.
 */
export function applyPrivateEndpoints(world: World, scenario: Scenario): { ok: true; world: World } | { ok: false; error: string } {
  let current = world;
  for (const pe of scenario.privateEndpoints ?? []) {
    const result = addPrivateEndpointConnection(current, pe);
    if (!result.ok) return { ok: false, error: `privateEndpoints ${pe.name}: ${result.error.message}` };
    current = result.world;
  }
  return { ok: true, world: current };
}

/** Picks the page language's text. */
export function localized(text: { en: string; ko: string }, lang: string): string {
  return lang === 'ko' ? text.ko : text.en;
}
