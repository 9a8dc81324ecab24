/**
 * What `npm run scenario -- check <file>` verifies, as a report (lines plus a verdict), so tests
 * can call it without spawning a process. A scenario is only useful if the lab can run it: the
 * file must match ScenarioSchema, its setup must build a start state through the simulated
 * shell, the first goal must still be open there, each step's solution must reach its goal,
 * and the start state must fit in a share link.
 */
import { basename } from 'node:path';
import type { ZodIssue } from 'zod';
import enModel from '../i18n/en/model.json';
import enShare from '../i18n/en/share.json';
import { labCommands } from '../lab/commands';
import { ScenarioSchema, type Scenario } from '../lab/scenario';
import { encodeShare, shareErrorMessage } from '../lab/share';
import { buildStartState } from '../lab/start-state';
import type { WorldAccess } from '../lab/simulated-backend';
import { checkGoal, formatMessage, goalDescription, type Goal, type World } from '../model';
import { Shell } from '../shell/interpreter';

export interface CheckReport {
  ok: boolean;
  lines: string[];
}

const PASS = '✓';
const FAIL = '✗';

/** `steps[2].goal.kind` from zod's `['steps', 2, 'goal', 'kind']`. */
export function jsonPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '') || '(root)';
}

/** A zod issue in words an author understands at a glance. */
export function describeIssue(issue: ZodIssue): string {
  const where = jsonPath(issue.path);
  if (issue.code === 'unrecognized_keys') return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return `${where}: is required (${issue.expected})`;
  return `${where}: ${issue.message}`;
}

/** English text of the model's goal description. */
export function goalText(goal: Goal): string {
  return formatMessage(goalDescription(goal), enModel as Record<string, string>);
}

/** The parts of an `all`/`any` goal, each with its own result, indented under it. */
function subGoals(goal: Goal, world: World, indent: string): string[] {
  if (goal.kind !== 'all' && goal.kind !== 'any') return [];
  return goal.goals.flatMap((g) => [`${indent}${checkGoal(world, g) ? PASS : FAIL} ${goalText(g)}`, ...subGoals(g, world, `${indent}  `)]);
}

const shareText = (key: string, params: Readonly<Record<string, string | number>> = {}): string =>
  ((enShare as Record<string, string>)[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));

/** Parses a scenario file's text; problems come back one per line with their JSON path. */
export function readScenario(text: string, file: string): { ok: true; scenario: Scenario } | { ok: false; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(describeIssue) };
  const expected = basename(file).replace(/\.json$/, '');
  if (parsed.data.id !== expected) return { ok: false, problems: [`id: is "${parsed.data.id}" but the file is named ${expected}.json (they must match)`] };
  return { ok: true, scenario: parsed.data };
}

/** Runs the full check of one scenario file's text. */
export async function checkScenario(text: string, file: string): Promise<CheckReport> {
  const lines: string[] = [file];
  const read = readScenario(text, file);
  if (!read.ok) {
    lines.push(`${FAIL} schema`, ...read.problems.map((p) => `    ${p}`));
    return { ok: false, lines };
  }
  const scenario = read.scenario;
  lines.push(`${PASS} schema`);
  const start = await buildStartState(scenario, labCommands);
  if (!start.ok) {
    lines.push(`${FAIL} setup: ${start.error}`);
    return { ok: false, lines };
  }
  lines.push(`${PASS} setup: ${scenario.setup.length} line${scenario.setup.length === 1 ? '' : 's'} ran`);
  let ok = true;

  const link = encodeShare({ v: 1, scenario: scenario.id, world: start.state.world });
  if (link.ok) lines.push(`${PASS} start state fits in a share link (${link.value.length} characters)`);
  else {
    ok = false;
    lines.push(`${FAIL} start state cannot be shared: ${shareErrorMessage(link.error, shareText)}`);
  }

  const first = scenario.steps[0];
  if (!first) {
    lines.push('  (no steps: free play)');
    return { ok, lines };
  }
  if (checkGoal(start.state.world, first.goal)) {
    ok = false;
    lines.push(`${FAIL} start state already meets step 1 (${first.id}): ${goalText(first.goal)}`);
  } else lines.push(`${PASS} start state does not meet step 1 yet`);

  let world: World = start.state.world;
  const access: WorldAccess = { get: () => world, set: (next) => (world = next) };
  const shell = new Shell({ host: { commands: labCommands(access).commands }, paced: false, isTty: false });
  shell.importState(start.state.shell);
  let met = 0;
  for (const [index, step] of scenario.steps.entries()) {
    const notes: string[] = [];
    for (const line of step.solution) {
      const stderr: string[] = [];
      const outcome = await shell.run(line, (chunk) => {
        if (chunk.stream === 'stderr') stderr.push(chunk.text);
      });
      // The last stderr line is the error itself (a task run prints progress first).
      const detail = stderr.join('').trim().split('\n').at(-1) ?? '';
      notes.push(`    $ ${line}${outcome.exitCode === 0 ? '' : `   → exit ${outcome.exitCode}${detail ? `: ${detail}` : ''}`}`);
    }
    const reached = checkGoal(world, step.goal);
    if (reached) met += 1;
    else ok = false;
    lines.push(`${reached ? PASS : FAIL} step ${index + 1} ${step.id}: ${goalText(step.goal)}`, ...subGoals(step.goal, world, '    '));
    // A failing step shows every line it ran; a passing one only the lines that exited non-zero.
    lines.push(...notes.filter((n) => !reached || n.includes('→ exit')));
  }
  lines.push(`${met}/${scenario.steps.length} goals met`);
  return { ok, lines };
}
