/**
 * Shared set-up for the sandbox tests: lesson 6's session store, the real in-page simulator on a
 * recording terminal, and a ModeSwitch whose container is the FakeContainer double.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { labCommands } from '~/lab/commands';
import { parseScenario } from '~/lab/scenario';
import { SessionStore } from '~/lab/session-store';
import { SimulatedBackend } from '~/lab/simulated-backend';
import { buildStartState } from '~/lab/start-state';
import { ContainerHost, type BootStep } from '~/lab/webcontainer/boot';
import type { BootContainer } from '~/lab/webcontainer/container';
import { ModeSwitch, type FallbackReason, type Mode } from '~/lab/webcontainer/mode-switch';
import { fakeTerminal } from '../lab/fake-terminal';
import { FakeContainer, type FakeOptions } from './fake-container';

export interface SetupOptions extends FakeOptions {
  boot?: BootContainer;
  fetchAz?: () => Promise<string>;
  online?: boolean;
  timeoutMs?: number;
}

export async function setup(opts: SetupOptions = {}) {
  const file = fileURLToPath(new URL('../../../content/scenarios/06-acr-tasks.json', import.meta.url));
  const parsed = parseScenario(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error);
  const start = await buildStartState(parsed.scenario, labCommands);
  if (!start.ok) throw new Error(start.error);
  const store = new SessionStore(parsed.scenario.id, start.state, null);
  const simulated = new SimulatedBackend({ store, locale: 'en', commands: labCommands });
  const term = fakeTerminal();
  simulated.attach(term);
  const container = new FakeContainer(opts);
  let boots = 0;
  const host = new ContainerHost({
    boot:
      opts.boot ??
      (async () => {
        boots += 1;
        return container;
      }),
    fetchAz: opts.fetchAz ?? (async () => '// bundled az\n'),
    online: () => opts.online ?? true,
  });
  const steps: BootStep[] = [];
  const modes: Mode[] = [];
  const fallbacks: FallbackReason[] = [];
  const sw = new ModeSwitch({
    host,
    store,
    simulated,
    term,
    timeoutMs: opts.timeoutMs ?? 2_000,
    texts: { banner: 'BANNER\r\n', restarted: 'RESTARTED\r\n' },
    onStep: (s) => steps.push(s),
    onMode: (m) => modes.push(m),
    onFallback: (r) => fallbacks.push(r),
    debounceMs: 1,
  });
  return { store, simulated, term, container, host, sw, steps, modes, fallbacks, boots: () => boots };
}

/** Resolves once `simulated` shows its prompt after `line` has run. */
export async function typeInSimulator(s: Awaited<ReturnType<typeof setup>>, line: string): Promise<void> {
  s.term.type(`${line}\r`);
  await s.simulated.whenIdle();
}
