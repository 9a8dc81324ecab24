/**
 * Every way the sandbox can fail to start, or die later, ends in the simulator with the
 * session intact: the world, the shell's history, and a terminal that still runs commands.
 */
import { describe, expect, it, vi } from 'vitest';
import { serializeWorld } from '~/model';
import type { ContainerLike } from '~/lab/webcontainer/container';
import { FakeContainer } from './fake-container';
import { plain } from '../lab/fake-terminal';
import { setup, typeInSimulator } from './harness';

/** The learner's session before the attempt, and a check that it survived. */
async function withSession(s: Awaited<ReturnType<typeof setup>>) {
  await typeInSimulator(s, 'az acr update -n myregistry --default-action Deny -o none');
  const world = serializeWorld(s.store.world);
  const history = s.store.state.shell.history.length;
  return async () => {
    expect(s.sw.mode).toBe('simulator');
    expect(serializeWorld(s.store.world)).toBe(world);
    expect(s.store.state.shell.history.length).toBe(history);
    await typeInSimulator(s, 'az acr show -n myregistry --query networkRuleSet.defaultAction -o tsv');
    expect(plain(s.term.output)).toMatch(/Deny\r\n\$ $/);
  };
}

const never = () => new Promise<ContainerLike>(() => undefined);

describe.each([
  { name: 'boot rejects', opts: { boot: () => Promise.reject(new Error('iframe failed')) }, kind: 'error', step: 'boot' },
  { name: 'boot never answers (offline, blocked network)', opts: { boot: never, timeoutMs: 60 }, kind: 'timeout', step: 'boot' },
  { name: 'the browser is offline', opts: { online: false }, kind: 'offline' },
  { name: 'az cannot be downloaded', opts: { fetchAz: () => Promise.reject(new Error('/sandbox/az.mjs: HTTP 404')) }, kind: 'error', step: 'download' },
  { name: 'mount fails', opts: { mountFails: true }, kind: 'error', step: 'mount' },
  { name: 'jsh cannot be spawned', opts: { spawnFails: true }, kind: 'error', step: 'shell' },
])('when $name', ({ opts, kind, step }) => {
  it(`falls back to the simulator (${kind}) with the session intact`, async () => {
    const s = await setup(opts);
    const intact = await withSession(s);
    const started = Date.now();
    expect(await s.sw.toSandbox()).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(s.fallbacks).toHaveLength(1);
    expect(s.fallbacks[0]).toMatchObject(step ? { kind, step } : { kind });
    expect(s.modes.at(-1)).toBe('simulator');
    expect(s.term.resets).toBe(0);
    await intact();
  });
});

describe('start-up edge cases', () => {
  it('tears down a container that boots after the time-out, and can boot again later', async () => {
    let release!: (c: ContainerLike) => void;
    const late = new FakeContainer();
    const fresh = new FakeContainer();
    let calls = 0;
    const boot = () => (++calls === 1 ? new Promise<ContainerLike>((r) => (release = r)) : Promise.resolve(fresh));
    const s = await setup({ boot, timeoutMs: 40 });
    expect(await s.sw.toSandbox()).toBe(false);
    expect(s.fallbacks[0]).toEqual({ kind: 'timeout', step: 'boot' });
    release(late);
    await vi.waitFor(() => expect(late.tornDown).toBe(true));
    expect(await s.sw.toSandbox()).toBe(true);
    expect(fresh.shells).toHaveLength(1);
  });

  it.each([
    ['blocked', 'the page CSP refused the frame'],
    ['cancelled', 'the learner switched it off again'],
  ] as const)('stops waiting at once when %s (%s)', async (kind, _why) => {
    const s = await setup({ boot: never, timeoutMs: 5_000 });
    const intact = await withSession(s);
    const pending = s.sw.toSandbox();
    s.sw.cancel({ kind });
    expect(await pending).toBe(false);
    expect(s.fallbacks).toEqual([{ kind }]);
    await intact();
  });
});

describe('when the sandbox dies after it started', () => {
  it('restarts a shell that exited, with a note', async () => {
    const s = await setup();
    await s.sw.toSandbox();
    s.container.shells[0].exitWith(0);
    await vi.waitFor(() => expect(s.container.shells).toHaveLength(2));
    expect(plain(s.term.output)).toContain('RESTARTED');
    expect(s.sw.mode).toBe('sandbox');
  });

  it('falls back, keeping the world the sandbox left, when the shell cannot stay up', async () => {
    const s = await setup();
    await s.sw.toSandbox();
    s.term.type('az acr update -n myregistry --default-action Deny -o none\r');
    for (let i = 0; i < 4; i++) {
      await vi.waitFor(() => expect(s.container.shells).toHaveLength(i + 1));
      s.container.shells[i].exitWith(1);
    }
    await vi.waitFor(() => expect(s.sw.mode).toBe('simulator'));
    expect(s.fallbacks).toEqual([{ kind: 'crashed', error: 'the shell keeps exiting' }]);
    expect(s.container.tornDown).toBe(true);
    await typeInSimulator(s, 'az acr show -n myregistry --query networkRuleSet.defaultAction -o tsv');
    expect(plain(s.term.output)).toContain('Deny\r\n');
  });
});

describe('a shell that answers after the deadline', () => {
  it('is killed, and its state sync never follows the store', async () => {
    const s = await setup({ timeoutMs: 60 });
    const slowSpawn = s.container.spawn.bind(s.container);
    s.container.spawn = (...args) => new Promise((resolve) => setTimeout(() => resolve(slowSpawn(...args)), 150));
    const slowWrite = s.container.fs.writeFile;
    s.container.fs.writeFile = (path, data) => new Promise((resolve) => setTimeout(() => resolve(slowWrite(path, data)), 100));
    expect(await s.sw.toSandbox()).toBe(false);
    expect(s.fallbacks).toEqual([{ kind: 'timeout', step: 'shell' }]);
    await vi.waitFor(() => expect(s.container.shells[0]?.killed).toBe(true));
    expect(s.container.openWatchers).toBe(0);
    expect(s.container.tornDown).toBe(true);
  });
});
