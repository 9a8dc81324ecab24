/**
 * The program the sandbox mounts is `npm run bundle:az`'s single file, run by plain Node with a
 * state file, as jsh runs it. Here it replays the seed's ACR Tasks workflow (facts §4) line by
 * line in both behaviour profiles and must print, exit and persist exactly what the in-page
 * CLI does for the same lines, including the trusted-services toggle piped through `cat`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAz } from '~/cli/run';
import { createWorld, parseWorld, serializeWorld, type Profile, type World } from '~/model';
import { SEED_TASK, words } from '../cli/cmd-harness';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let dir: string;
let azMjs: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sandbox-az-'));
  azMjs = join(dir, 'az.mjs');
  const bundled = spawnSync(process.execPath, [join(root, 'src/cli/bin/bundle.mjs'), azMjs], { encoding: 'utf8' });
  expect(bundled.status, bundled.stderr).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The workflow; `{principalID}` and `{registryID}` come from earlier lines, as in the seed's shell. */
function workflow(profile: Profile): string[] {
  const tasksFlag = profile === 'current' ? ['acr update -n myregistry --set networkRuleBypassAllowedForTasks=true -o none'] : [];
  return [
    'group create -n rg -l eastus -o none',
    'acr create -n myregistry -g rg --sku Premium -o none',
    SEED_TASK,
    'acr task show -n hello-world -r myregistry --query identity.principalId -o tsv',
    'acr show -n myregistry --query id -o tsv',
    'role assignment create --assignee-object-id {principalID} --assignee-principal-type ServicePrincipal --scope {registryID} --role AcrPush',
    'acr task credential add -n hello-world -r myregistry --login-server myregistry.azurecr.io --use-identity [system]',
    'acr update -n myregistry --public-network-enabled false',
    'acr login -n myregistry',
    ...tasksFlag,
    'acr task run -n hello-world -r myregistry',
    'acr update -n myregistry --allow-trusted-services false',
    'acr task run -n hello-world -r myregistry',
    'acr update -n myregistry --allow-trusted-services true',
    'acr task run -n hello-world -r myregistry',
    'acr task list-runs -r myregistry --query [].runId',
    'acr definitely-not-a-command',
  ];
}

interface Transcript {
  line: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

describe.each<Profile>(['2021', 'current'])('the bundled az under Node (profile %s)', (profile) => {
  it('replays the seed workflow exactly like the in-page CLI and keeps the world in AZ_SIM_STATE', () => {
    const state = join(dir, `state-${profile}.json`);
    const env = { ...process.env, AZ_SIM_STATE: state, AZ_SIM_PROFILE: profile };
    let world: World = createWorld({ profile });
    const vars: Record<string, string> = {};
    const inPage: Transcript[] = [];
    const bundled: Transcript[] = [];
    for (const template of workflow(profile)) {
      const line = template.replace(/\{(\w+)\}/g, (_m, name: string) => vars[name]);
      const r = runAz(words(line), world, { isTty: false });
      world = r.world;
      const text = (stream: 'stdout' | 'stderr') => r.chunks.filter((c) => c.stream === stream).map((c) => c.text).join('');
      inPage.push({ line, stdout: text('stdout'), stderr: text('stderr'), exitCode: r.exitCode });
      const n = spawnSync(process.execPath, [azMjs, ...words(line)], { encoding: 'utf8', env, timeout: 30_000 });
      bundled.push({ line, stdout: n.stdout, stderr: n.stderr, exitCode: n.status ?? -1 });
      if (line.includes('identity.principalId')) vars.principalID = n.stdout.trim();
      if (line.includes('--query id')) vars.registryID = n.stdout.trim();
    }
    expect(bundled).toEqual(inPage);
    const saved = parseWorld(JSON.parse(readFileSync(state, 'utf8')));
    expect(saved.ok && serializeWorld(saved.world)).toBe(serializeWorld(world));

    // The verdicts the lesson is about: in 2021 trusted services decide; today the tasks flag does.
    const runs = bundled.filter((t) => t.line.startsWith('acr task run')).map((t) => t.exitCode);
    expect(runs).toEqual(profile === '2021' ? [0, 1, 0] : [0, 0, 0]);
    expect(bundled.find((t) => t.line === 'acr login -n myregistry')?.exitCode).toBe(1);
    expect(bundled.at(-1)?.exitCode).toBe(2);
  }, 120_000);

  it('prints the trusted-services change as JSON through a pipe (`az … | cat`)', () => {
    const state = join(dir, `pipe-${profile}.json`);
    const env = { ...process.env, AZ_SIM_STATE: state, AZ_SIM_PROFILE: profile };
    const sh = (cmd: string) => spawnSync('/bin/sh', ['-c', cmd], { encoding: 'utf8', env, timeout: 30_000 });
    expect(sh(`"${process.execPath}" "${azMjs}" group create -n rg -l eastus -o none`).status).toBe(0);
    expect(sh(`"${process.execPath}" "${azMjs}" acr create -n myregistry -g rg --sku Premium -o none`).status).toBe(0);
    const piped = sh(`"${process.execPath}" "${azMjs}" acr update -n myregistry --allow-trusted-services false | cat`);
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stdout).networkRuleBypassOptions).toBe('None');
    const saved = parseWorld(JSON.parse(readFileSync(state, 'utf8')));
    expect(saved.ok && saved.world.registries[0].networkRuleBypassOptions).toBe('None');
  }, 60_000);
});
