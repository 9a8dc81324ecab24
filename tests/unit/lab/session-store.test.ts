import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGroup, createRegistry, createWorld, WORLD_SCHEMA_VERSION, type World } from '~/model';
import { SESSION_VERSION, sessionKey, writeSession } from '~/lab/session-schema';
import { SessionStore, type SessionNotice, type StorageLike } from '~/lab/session-store';

const SCENARIO = '06-acr-tasks';

/** A Map-backed storage that can be told to refuse writes (quota exceeded). */
function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  let full = false;
  const storage: StorageLike = {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
  return { storage, map, fill: () => (full = true) };
}

function setup() {
  const group = createGroup(createWorld({ workstationIp: '203.0.113.10' }), { name: 'myresourcegroup', location: 'koreacentral' });
  if (!group.ok) throw new Error(group.error.message);
  const start = { world: group.world, shell: { version: 1 as const, vars: [], history: [], lastStatus: 0 }, achieved: [] };
  const later = createRegistry(group.world, { name: 'myregistry', resourceGroup: 'myresourcegroup', sku: 'Premium' });
  if (!later.ok) throw new Error(later.error.message);
  return { start, changed: later.world };
}

const stored = (overrides: Record<string, unknown>) => {
  const { start } = setup();
  return JSON.stringify({ version: SESSION_VERSION, scenario: SCENARIO, ...start, ...overrides });
};

describe('SessionStore loading', () => {
  it('starts from the scenario start state when nothing is stored, without a notice', () => {
    const { start } = setup();
    const store = new SessionStore(SCENARIO, start, memoryStorage().storage);
    expect(store.world).toEqual(start.world);
    expect(store.notices).toEqual([]);
  });

  it('restores world, shell history and progress saved by an earlier page', () => {
    const { start, changed } = setup();
    const { storage } = memoryStorage();
    const first = new SessionStore(SCENARIO, start, storage);
    first.setWorld(changed, 'command', 'az acr create ...');
    first.setShell({ version: 1, vars: [['registryID', '/subscriptions/x', false]], history: ['az acr show -n myregistry'], lastStatus: 0 });
    first.achieve(['create-task']);
    const second = new SessionStore(SCENARIO, start, storage);
    expect(second.world.registries.map((r) => r.name)).toEqual(['myregistry']);
    expect(second.state.shell.history).toEqual(['az acr show -n myregistry']);
    expect(second.state.achieved).toEqual(['create-task']);
    expect(second.notices).toEqual([]);
  });

  describe.each<{ name: string; text: string; kind: SessionNotice['kind'] }>([
    { name: 'text that is not JSON', text: '{"version":1,', kind: 'corrupt' },
    { name: 'a JSON array', text: '[1,2,3]', kind: 'corrupt' },
    { name: 'a newer session format', text: stored({ version: SESSION_VERSION + 1 }), kind: 'future' },
    { name: 'an older, unknown session format', text: stored({ version: 0 }), kind: 'corrupt' },
    { name: 'a world from a newer model', text: stored({ world: { schemaVersion: WORLD_SCHEMA_VERSION + 1 } }), kind: 'future' },
    { name: 'a world with a bad field', text: stored({ world: { ...setup().start.world, registries: 'none' } }), kind: 'corrupt' },
    { name: 'shell state with a bad variable name', text: stored({ shell: { version: 1, vars: [['1x', 'v', false]], history: [], lastStatus: 0 } }), kind: 'corrupt' },
    { name: 'a session of another scenario', text: stored({ scenario: '07-what-changed' }), kind: 'corrupt' },
  ])('with $name stored', ({ text, kind }) => {
    it(`resets to the start state with a "${kind}" notice and overwrites the bad data`, () => {
      const { start } = setup();
      const { storage, map } = memoryStorage({ [sessionKey(SCENARIO)]: text });
      const store = new SessionStore(SCENARIO, start, storage);
      expect(store.world).toEqual(start.world);
      expect(store.notices.map((n) => n.kind)).toEqual([kind]);
      expect(new SessionStore(SCENARIO, start, storage).notices).toEqual([]);
      expect(map.get(sessionKey(SCENARIO))).toBe(writeSession(start, SCENARIO));
    });
  });

  it('never throws and never loses the start state, whatever text is stored', () => {
    const { start } = setup();
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const store = new SessionStore(SCENARIO, start, memoryStorage({ [sessionKey(SCENARIO)]: text }).storage);
        expect(store.world.schemaVersion).toBe(WORLD_SCHEMA_VERSION);
      }),
      { numRuns: 300 },
    );
  });

  it('works in memory with a notice when the browser refuses storage', () => {
    const { start, changed } = setup();
    const store = new SessionStore(SCENARIO, start, null);
    store.setWorld(changed, 'command');
    expect(store.world).toBe(changed);
    expect(store.notices).toEqual([{ kind: 'no-storage' }]);
  });

  it('announces one notice when storage fills up mid-session, and keeps working', () => {
    const { start, changed } = setup();
    const mem = memoryStorage();
    const store = new SessionStore(SCENARIO, start, mem.storage);
    const notices: SessionNotice[] = [];
    store.on('notice', (n) => notices.push(n));
    mem.fill();
    store.setWorld(changed, 'command');
    store.achieve(['a']);
    expect(store.world).toBe(changed);
    expect(notices).toEqual([{ kind: 'no-storage' }]);
  });
});

describe('SessionStore events and reset', () => {
  it('tells subscribers about a changed world with its cause, and stays quiet when nothing changed', () => {
    const { start, changed } = setup();
    const store = new SessionStore(SCENARIO, start, memoryStorage().storage);
    const seen: Array<[string, World, string | undefined]> = [];
    store.on('world', (c) => seen.push([c.cause, c.world, c.command]));
    store.setWorld(store.world, 'command');
    store.setWorld(changed, 'portal');
    expect(seen).toEqual([['portal', changed, undefined]]);
  });

  it('reports only newly achieved steps', () => {
    const { start } = setup();
    const store = new SessionStore(SCENARIO, start, memoryStorage().storage);
    const progress: string[][] = [];
    store.on('progress', (p) => progress.push([...p.achieved]));
    store.achieve(['a']);
    store.achieve(['a']);
    store.achieve(['a', 'b']);
    expect(progress).toEqual([['a'], ['a', 'b']]);
  });

  it('reset restores the start world, shell and progress, saved and announced', () => {
    const { start, changed } = setup();
    const { storage } = memoryStorage();
    const store = new SessionStore(SCENARIO, start, storage);
    store.setWorld(changed, 'command');
    store.achieve(['a']);
    const events: string[] = [];
    store.on('reset', () => events.push('reset'));
    store.on('world', (c) => events.push(`world:${c.cause}`));
    store.on('progress', (p) => events.push(`progress:${p.achieved.length}`));
    store.reset();
    expect(store.world).toEqual(start.world);
    expect(store.state.achieved).toEqual([]);
    expect(events).toEqual(['reset', 'world:reset', 'progress:0']);
    expect(new SessionStore(SCENARIO, start, storage).world).toEqual(start.world);
  });

  it('keeps other subscribers running when one throws', () => {
    const { start, changed } = setup();
    const store = new SessionStore(SCENARIO, start, memoryStorage().storage);
    let reached = false;
    const spy = console.error;
    console.error = () => undefined;
    store.on('world', () => {
      throw new Error('broken widget');
    });
    store.on('world', () => (reached = true));
    store.setWorld(changed, 'command');
    console.error = spy;
    expect(reached).toBe(true);
  });
});

describe('SessionStore with scheduled saves', () => {
  /** A scheduler the test runs by hand, like the page's `setTimeout(save, 0)`. */
  function manual() {
    const queued: (() => void)[] = [];
    return { schedule: (save: () => void) => void queued.push(save), run: () => queued.splice(0).forEach((save) => save()), queued };
  }

  it('writes a whole command (world, progress, shell) once, after it, with everything in it', () => {
    const { start, changed } = setup();
    const { storage, map } = memoryStorage();
    const timing = manual();
    const store = new SessionStore(SCENARIO, start, storage, timing);
    store.setWorld(changed, 'command', 'az acr create ...');
    store.achieve(['create-registry']);
    store.setShell({ version: 1, vars: [], history: ['az acr create ...'], lastStatus: 0 });
    expect(timing.queued).toHaveLength(1);
    expect(map.get(sessionKey(SCENARIO))).toBeUndefined();
    timing.run();
    const again = new SessionStore(SCENARIO, start, storage);
    expect(again.world.registries.map((r) => r.name)).toEqual(['myregistry']);
    expect(again.state.achieved).toEqual(['create-registry']);
    expect(again.state.shell.history).toEqual(['az acr create ...']);
  });

  it('flush writes a pending change at once (the page leaving), and the scheduled save then has nothing to do', () => {
    const { start, changed } = setup();
    const { storage, map } = memoryStorage();
    const timing = manual();
    const store = new SessionStore(SCENARIO, start, storage, timing);
    store.setWorld(changed, 'command');
    store.flush();
    const written = map.get(sessionKey(SCENARIO));
    expect(new SessionStore(SCENARIO, start, storage).world.registries).toHaveLength(1);
    map.delete(sessionKey(SCENARIO));
    timing.run();
    expect(map.get(sessionKey(SCENARIO))).toBeUndefined();
    expect(written).toBeDefined();
    // A later change schedules a new save.
    store.achieve(['x']);
    expect(timing.queued).toHaveLength(1);
  });
});
