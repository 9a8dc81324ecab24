import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { labCommands } from '~/lab/commands';
import { parseScenario } from '~/lab/scenario';
import { SessionStore } from '~/lab/session-store';
import { SimulatedBackend } from '~/lab/simulated-backend';
import { buildStartState } from '~/lab/start-state';
import { findRegistry } from '~/model';
import type { RunOutcome } from '~/shell/types';
import { fakeTerminal, plain } from './fake-terminal';

async function setup(scenarioId = '06-acr-tasks') {
  const file = fileURLToPath(new URL(`../../../content/scenarios/${scenarioId}.json`, import.meta.url));
  const parsed = parseScenario(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error);
  const start = await buildStartState(parsed.scenario, labCommands);
  if (!start.ok) throw new Error(start.error);
  const store = new SessionStore(parsed.scenario.id, start.state, null);
  const done: Array<[string, RunOutcome]> = [];
  const backend = new SimulatedBackend({ store, locale: 'en', commands: labCommands, onLineDone: (line, outcome) => done.push([line, outcome]) });
  const term = fakeTerminal();
  return { store, backend, term, done };
}

describe('SimulatedBackend', () => {
  it('replays the prompt written before the terminal attached', async () => {
    const { backend, term } = await setup();
    expect(term.output).toBe('');
    backend.attach(term);
    expect(plain(term.output)).toContain('$ ');
  });

  it('runs a typed az command against the session world and reports its exit status', async () => {
    const { store, backend, term, done } = await setup();
    backend.attach(term);
    const causes: Array<string | undefined> = [];
    store.on('world', (c) => causes.push(c.command));
    term.type('az acr update --name myregistry --allow-trusted-services false\r');
    await backend.whenIdle();
    expect(findRegistry(store.world, 'myregistry')?.networkRuleBypassOptions).toBe('None');
    expect(causes).toEqual(['az acr update --name myregistry --allow-trusted-services false']);
    expect(done.map(([line, o]) => [line, o.exitCode])).toEqual([['az acr update --name myregistry --allow-trusted-services false', 0]]);
    expect(store.state.shell.history).toEqual(['az acr update --name myregistry --allow-trusted-services false']);
  });

  it('runs every line of a multi-line paste, in order', async () => {
    const { store, backend, term, done } = await setup();
    backend.attach(term);
    term.type('rg=myresourcegroup\raz acr update -n myregistry -g $rg --public-network-enabled false\recho "done $rg"\r');
    await backend.whenIdle();
    expect(done.map(([line, o]) => `${line} → ${o.exitCode}`)).toEqual([
      'rg=myresourcegroup → 0',
      'az acr update -n myregistry -g $rg --public-network-enabled false → 0',
      'echo "done $rg" → 0',
    ]);
    expect(findRegistry(store.world, 'myregistry')?.publicNetworkAccess).toBe('Disabled');
    expect(plain(term.output)).toContain('done myresourcegroup');
  });

  it('clears a half-typed line on Ctrl+C without running it', async () => {
    const { backend, term, done, store } = await setup();
    backend.attach(term);
    term.type('az acr update -n myregistry --allow-trusted-services false\x03');
    await backend.whenIdle();
    expect(done).toEqual([]);
    expect(store.state.shell.history).toEqual([]);
    expect(plain(term.output)).toMatch(/false\^C\r\n\$ $/);
  });

  it('cancels a streaming task run on Ctrl+C with status 130', async () => {
    const { backend, term, done } = await setup('07-what-changed');
    backend.attach(term);
    term.type('az acr task run -n hellotask -r myregistry\r');
    // Wait for the first log line, then interrupt while later chunks are still paced.
    await expect.poll(() => plain(term.output).includes('Queued a run'), { timeout: 5000 }).toBe(true);
    term.type('\x03');
    await backend.whenIdle();
    expect(done.map(([, o]) => [o.exitCode, o.interrupted])).toEqual([[130, true]]);
    expect(plain(term.output)).toMatch(/\^C\r\n\$ $/);
  });

  it('completes az subcommands on Tab', async () => {
    const { backend, term } = await setup();
    backend.attach(term);
    term.type('az acr upd\t');
    expect(plain(term.output)).toContain('az acr update ');
  });

  it('after a store reset shows a fresh screen and forgets typed history', async () => {
    const { store, backend, term } = await setup();
    backend.attach(term);
    term.type('az acr update -n myregistry --public-network-enabled false\r');
    await backend.whenIdle();
    store.reset();
    backend.reset();
    expect(term.resets).toBe(1);
    expect(plain(term.output)).toBe('$ ');
    term.type('\x1b[A');
    expect(plain(term.output)).not.toContain('az acr update');
    expect(findRegistry(store.world, 'myregistry')?.publicNetworkAccess).toBe('Enabled');
  });
});
