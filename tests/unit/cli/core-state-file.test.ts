/**
 * The headless entry's state file: fresh, corrupt (moved aside with a notice), wrong schema
 * version, profile override, atomic writes; and the real entry and bundle run end to end.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadState, profileFromEnv, saveState, stateFilePath } from '../../../src/cli/bin/state-file';
import { createWorld, parseWorld, serializeWorld } from '../../../src/model';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'az-state-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date(Date.UTC(2026, 10, 29, 10, 0, 0, 123));

describe('loadState / saveState', () => {
  it('starts a fresh world when the file is missing, without any message', () => {
    const s = loadState(join(dir, 'none.json'));
    expect(s.errors).toEqual([]);
    expect(s.changed).toBe(true);
    expect(s.world).toEqual(createWorld());
  });

  it.each([
    ['not JSON', '{bad'],
    ['wrong shape', '{"hello": 1}'],
    ['future schema version', JSON.stringify({ ...JSON.parse(serializeWorld(createWorld())), schemaVersion: 99 })],
  ])('moves a file with %s aside and says so', (_what, content) => {
    const path = join(dir, 'state.json');
    writeFileSync(path, content);
    const s = loadState(path, undefined, NOW);
    const aside = `${path}.corrupt-20261129T100000123Z`;
    expect(s.errors).toHaveLength(1);
    expect(s.errors[0]).toContain(`It was moved to '${aside}' and a fresh lab world was started.`);
    expect(readFileSync(aside, 'utf8')).toBe(content);
    expect(existsSync(path)).toBe(false);
    expect(s.world).toEqual(createWorld());
  });

  it('round-trips a world and leaves no temporary files', () => {
    const path = join(dir, 'nested', 'state.json');
    const w = { ...createWorld(), workstationIp: '203.0.113.99' };
    expect(saveState(path, w)).toBeUndefined();
    expect(readdirSync(join(dir, 'nested'))).toEqual(['state.json']);
    const s = loadState(path);
    expect(s).toEqual({ world: w, errors: [], changed: false });
  });

  it('lets AZ_SIM_PROFILE override a stored profile', () => {
    const path = join(dir, 'state.json');
    saveState(path, createWorld({ profile: '2021' }));
    const s = loadState(path, 'current');
    expect(s.world.profile).toBe('current');
    expect(s.changed).toBe(true);
  });

  it('reads the settings from the environment', () => {
    expect(stateFilePath({ AZ_SIM_STATE: '/x/y.json' })).toBe('/x/y.json');
    expect(stateFilePath({})).toMatch(/\.az-sim[\\/]state\.json$/);
    expect(profileFromEnv({ AZ_SIM_PROFILE: 'current' })).toEqual({ ok: true, profile: 'current' });
    expect(profileFromEnv({})).toEqual({ ok: true });
    expect(profileFromEnv({ AZ_SIM_PROFILE: '2025' }).ok).toBe(false);
  });

  it('reports a failed save instead of throwing', () => {
    writeFileSync(join(dir, 'file'), 'x');
    expect(saveState(join(dir, 'file', 'state.json'), createWorld())).toMatch(/^Could not save the lab state/);
  });
});

describe('the headless entry', () => {
  const root = join(__dirname, '..', '..', '..');
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const run = (cmd: string, args: string[], env: Record<string, string>) =>
    spawnSync(cmd, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });

  it('keeps state between runs and prints exactly what runAz prints', () => {
    const env = { AZ_SIM_STATE: join(dir, 's.json') };
    const entry = join(root, 'src', 'cli', 'bin', 'az.ts');
    const a = run(tsx, [entry, 'group', 'create', '-n', 'rg1', '-l', 'eastus', '-o', 'tsv', '--query', 'name'], env);
    expect([a.stdout, a.stderr, a.status]).toEqual(['rg1\n', '', 0]);
    const b = run(tsx, [entry, 'group', 'show', '-n', 'nope'], env);
    expect([b.stderr, b.status]).toEqual(["ERROR: (ResourceGroupNotFound) Resource group 'nope' could not be found.\n", 3]);
    writeFileSync(env.AZ_SIM_STATE, 'garbage');
    const c = run(tsx, [entry, 'group', 'list', '-o', 'tsv'], env);
    expect(c.status).toBe(0);
    expect(c.stderr).toMatch(/^ERROR: The lab state file '.*s\.json' is not valid/);
    const saved = parseWorld(JSON.parse(readFileSync(env.AZ_SIM_STATE, 'utf8')));
    expect(saved.ok).toBe(true);
  }, 60_000);

  it('bundles into one file that runs with plain node', () => {
    const out = join(dir, 'az.mjs');
    const b = run(process.execPath, [join(root, 'src', 'cli', 'bin', 'bundle.mjs'), out], {});
    expect(b.status).toBe(0);
    const r = run(process.execPath, [out, 'acr', 'lst'], { AZ_SIM_STATE: join(dir, 'b.json'), AZ_SIM_PROFILE: 'current' });
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual(["ERROR: 'lst' is misspelled or not recognized by the system.", "Did you mean 'list' ?"]);
    const w = parseWorld(JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')));
    expect(w.ok && w.world.profile).toBe('current');
  }, 60_000);
});
