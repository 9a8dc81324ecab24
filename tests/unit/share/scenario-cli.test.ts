import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeShare, payloadFromHash } from '~/lab/share';
import { checkScenario, goalText } from '~/tools/scenario-check';
import { lessonPath, scenarioLink } from '~/tools/scenario-link';
import { loadScenario, SCENARIO_DIR, SCENARIO_FILES, startWorld } from './helpers';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => readFileSync(FIXTURES + name, 'utf8');

describe.each(SCENARIO_FILES)('check %s', (file) => {
  it('passes, with one ✓ line per step naming its goal in English', async () => {
    const report = await checkScenario(readFileSync(SCENARIO_DIR + file, 'utf8'), file);
    expect(report.lines.filter((l) => l.startsWith('✗'))).toEqual([]);
    expect(report.ok).toBe(true);
    const steps = loadScenario(file).steps;
    const stepLines = report.lines.filter((l) => /^✓ step \d+ /.test(l));
    expect(stepLines).toHaveLength(steps.length);
    expect(stepLines).toEqual(steps.map((step, i) => `✓ step ${i + 1} ${step.id}: ${goalText(step.goal)}`));
    expect(stepLines.every((line) => !line.includes('model.goal.'))).toBe(true);
  });
});

describe('check on broken scenarios', () => {
  it.each([
    ['schema-broken.json', ['✗ schema', "    profile: Invalid enum value. Expected '2021' | 'current', received '2020'", '    title.ko: is required (string)', /steps\[0\]\.goal\.kind: Invalid discriminator value/]],
    ['wrong-solution.json', ['✗ step 1 trusted-off: Trusted services are not allowed on myregistry.', '    $ az acr update --name myregistry --public-network-enabled false']],
    ['already-met.json', ['✗ start state already meets step 1 (exists): Registry myregistry exists.']],
    ['setup-fails.json', [/^✗ setup: setup line 1 \(az acr create .*\): .*nosuchgroup/]],
  ])('%s fails and says why', async (file, expected) => {
    const report = await checkScenario(fixture(file), file);
    expect(report.ok).toBe(false);
    for (const line of expected) {
      if (typeof line === 'string') expect(report.lines).toContain(line);
      else expect(report.lines.some((l) => line.test(l))).toBe(true);
    }
  });

  it('refuses a file whose id is not its name, and text that is not JSON', async () => {
    expect((await checkScenario(fixture('already-met.json'), 'renamed.json')).lines).toContain(
      '✗ schema',
    );
    const notJson = await checkScenario('{"id": ', 'x.json');
    expect(notJson.lines.join('\n')).toMatch(/✗ schema\n {4}not valid JSON: /);
  });
});

describe('link', () => {
  it('opens the scenario’s start state, title and goals on its own lesson page', async () => {
    const result = await scenarioLink(readFileSync(`${SCENARIO_DIR}06-acr-tasks.json`, 'utf8'), '06-acr-tasks.json', { lang: 'ko' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const url = new URL(result.url);
    expect(`${url.origin}${url.pathname}`).toBe('http://localhost:4321/ko/lessons/06-acr-tasks/');
    const decoded = decodeShare(payloadFromHash(url.hash) ?? '');
    const scenario = loadScenario('06-acr-tasks.json');
    expect(decoded).toEqual({
      ok: true,
      value: { v: 1, scenario: '06-acr-tasks', title: scenario.title.ko, goals: scenario.steps.map((s) => s.goal), world: await startWorld('06-acr-tasks.json') },
    });
  });

  it('keeps a base path and sends scenarios without a lesson to the sandbox', async () => {
    expect(lessonPath('wrong-solution', 'en')).toBe('/en/lessons/09-sandbox/');
    const result = await scenarioLink(fixture('wrong-solution.json'), 'wrong-solution.json', { baseUrl: 'https://example.org/acr-lab/' });
    expect(result.ok && result.url.split('#')[0]).toBe('https://example.org/acr-lab/en/lessons/09-sandbox/');
  });

  it.each([['not a url'], ['javascript:alert(1)']])('refuses --base-url %s', async (baseUrl) => {
    const result = await scenarioLink(fixture('wrong-solution.json'), 'wrong-solution.json', { baseUrl });
    expect(result.ok).toBe(false);
  });
});

describe('the command line', () => {
  const TSX = `${ROOT}node_modules/.bin/tsx`;
  const cli = (...args: string[]) => spawnSync(TSX, ['src/tools/scenario-cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exits 1 when any file fails, 0 when all pass, 2 for bad usage; link prints one URL', () => {
    const mixed = cli('check', `${SCENARIO_DIR}03-cli-toggle.json`, `${FIXTURES}wrong-solution.json`);
    expect(mixed.status).toBe(1);
    expect(mixed.stdout).toContain('✓ step 2 trusted-on: Trusted services are allowed on myregistry.');
    expect(mixed.stdout).toContain('✗ step 1 trusted-off');
    expect(mixed.stdout).toContain('1/2 scenario files pass');
    expect(cli('check', `${SCENARIO_DIR}03-cli-toggle.json`).status).toBe(0);
    expect(cli('frobnicate').status).toBe(2);
    expect(execFileSync(TSX, ['src/tools/scenario-cli.ts', 'link', `${SCENARIO_DIR}09-sandbox.json`], { cwd: ROOT, encoding: 'utf8' })).toMatch(
      /^http:\/\/localhost:4321\/en\/lessons\/09-sandbox\/#lab=v1\.[A-Za-z0-9_-]+\n$/,
    );
  }, 120_000);
});
