/**
 * Switching the lab between the simulator and the Node sandbox, against a test double of the
 * WebContainer API: what gets mounted, the terminal piping, the world crossing both ways, and
 * the state file mirrored into the store so the outcome matrix follows sandbox commands.
 */
import { describe, expect, it, vi } from 'vitest';
import { findRegistry, outcomeMatrix, serializeWorld } from '~/model';
import { STATE_FILE } from '~/lab/webcontainer/files';
import { plain } from '../lab/fake-terminal';
import { setup, typeInSimulator } from './harness';

const cells = (world: Parameters<typeof outcomeMatrix>[0]) =>
  outcomeMatrix(world, 'myregistry').flatMap((r) => [r.pull.allowed, r.push.allowed]);

describe('switching to the sandbox', () => {
  it('mounts az as a bin on the PATH of jsh, with the current world in the state file', async () => {
    const s = await setup();
    await typeInSimulator(s, 'az acr update -n myregistry --default-action Deny');
    expect(await s.sw.toSandbox()).toBe(true);
    expect(s.steps).toEqual(['boot', 'download', 'mount', 'shell']);
    expect(s.modes).toEqual(['starting', 'sandbox']);
    const { container } = s;
    expect(container.files.get('node_modules/az-sim/az.mjs')).toBe('#!/usr/bin/env node\n// bundled az\n');
    expect(JSON.parse(container.files.get('node_modules/az-sim/package.json') ?? '{}').bin).toEqual({ az: 'az.mjs' });
    expect(container.symlinks.get('node_modules/.bin/az')).toBe('../az-sim/az.mjs');
    const [shell] = container.shells;
    expect(shell.env.PATH.split(':')[0]).toBe('/home/acr-lab/node_modules/.bin');
    expect(shell.env.AZ_SIM_STATE).toBe(`/home/acr-lab/${STATE_FILE}`);
    // The command typed in the simulator before the switch is in the sandbox's world.
    expect(container.stateWorld(shell.env).registries[0].networkRuleSet.defaultAction).toBe('Deny');
  });

  it('pipes the terminal to jsh: banner, prompt, keys in, output out, size', async () => {
    const s = await setup();
    await s.sw.toSandbox();
    const shell = s.container.shells[0];
    expect(s.term.resets).toBe(1);
    await vi.waitFor(() => expect(plain(s.term.output)).toBe('BANNER\r\n❯ '));
    expect(shell.size).toEqual({ cols: 100, rows: 30 });
    s.term.type('ls\r');
    await vi.waitFor(() => expect(plain(s.term.output)).toContain('jsh: command not found: ls'));
    expect(shell.typed).toBe('ls\r');
    // The simulator no longer hears the keys.
    await s.simulated.whenIdle();
    expect(s.store.state.shell.history).not.toContain('ls');
    expect(plain(s.term.output)).toBe('BANNER\r\n❯ \r\njsh: command not found: ls\r\n❯ ');
    s.sw.resize(120, 40);
    expect(shell.size).toEqual({ cols: 120, rows: 40 });
  });

  it('re-reads the state file after a command, so the matrix follows `az … | cat`', async () => {
    const s = await setup();
    await s.sw.toSandbox();
    s.term.type('az acr update -n myregistry --public-network-enabled false -o none\r');
    await vi.waitFor(() => expect(findRegistry(s.store.world, 'myregistry')?.publicNetworkAccess).toBe('Disabled'));
    const before = cells(s.store.world);
    const seen: string[] = [];
    s.store.on('world', (c) => seen.push(c.cause));
    s.term.type('az acr update -n myregistry --allow-trusted-services false | cat\r');
    await vi.waitFor(() => expect(findRegistry(s.store.world, 'myregistry')?.networkRuleBypassOptions).toBe('None'));
    expect(cells(s.store.world)).not.toEqual(before);
    expect(plain(s.term.output)).toContain('"networkRuleBypassOptions": "None"');
    expect(seen).toEqual(['command']);
  });

  it('writes changes made outside the shell (portal, Reset) to the state file', async () => {
    const s = await setup();
    const startWorld = serializeWorld(s.store.world);
    await s.sw.toSandbox();
    const env = s.container.shells[0].env;
    const changed = { ...s.store.world, workstationIp: '198.51.100.20' };
    s.store.setWorld(changed, 'portal');
    await vi.waitFor(() => expect(s.container.stateWorld(env).workstationIp).toBe('198.51.100.20'));
    s.store.reset();
    await vi.waitFor(() => expect(serializeWorld(s.container.stateWorld(env))).toBe(startWorld));
    // Reset also gives a fresh shell on a cleared screen.
    expect(s.container.shells[0].killed).toBe(true);
    await vi.waitFor(() => expect(s.container.shells).toHaveLength(2));
  });
});

describe('switching back to the simulator', () => {
  it('carries the sandbox world across and hands the keys back to the simulator', async () => {
    const s = await setup();
    await s.sw.toSandbox();
    s.term.type('az acr update -n myregistry --default-action Deny -o none\r');
    await s.sw.toSimulator();
    expect(s.sw.mode).toBe('simulator');
    expect(s.container.shells[0].killed).toBe(true);
    expect(s.container.openWatchers).toBe(0);
    expect(findRegistry(s.store.world, 'myregistry')?.networkRuleSet.defaultAction).toBe('Deny');
    await typeInSimulator(s, 'az acr show -n myregistry --query networkRuleSet.defaultAction -o tsv');
    expect(plain(s.term.output)).toContain('Deny\r\n');
    expect(s.container.shells[0].typed).not.toContain('--query');
  });

  it('keeps the container: switching on again neither boots nor mounts again', async () => {
    const s = await setup();
    await s.sw.toSandbox();
    await s.sw.toSimulator();
    await typeInSimulator(s, 'az acr update -n myregistry --allow-trusted-services false');
    await s.sw.toSandbox();
    expect([s.boots(), s.container.mounts, s.container.shells.length]).toEqual([1, 1, 2]);
    expect(s.container.stateWorld(s.container.shells[1].env).registries[0].networkRuleBypassOptions).toBe('None');
  });
});
