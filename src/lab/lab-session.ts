/**
 * The lab's session for one page: the scenario, its start state and the one SessionStore that
 * the terminal runtime AND the portal blade use, opened by whichever of them starts first.
 * It loads the model, the CLI and the shell but not xterm, so the portal blade works before
 * (or without) the terminal.
 */
import { labCommands } from './commands';
import type { LabConfig } from './runtime';
import { parseScenario, scenarioBaseWorld, type Scenario } from './scenario';
import { readSession } from './session-schema';
import { browserStorage, SessionStore, type SessionState } from './session-store';
import { buildStartState } from './start-state';
import { translator } from './strings';

export interface LabSession {
  scenario: Scenario;
  store: SessionStore;
  /** Sentences for the lab's notice when the scenario's setup failed (the lab then starts empty). */
  broken: string[];
}

// One session per lab root: ES modules are shared, so both callers get the same promise.
const sessions = new WeakMap<Element, Promise<LabSession>>();

/**
 * The store, saving once per burst of changes (a command changes the world, progress and the
 * shell in one go) in a task of its own, off the path from Enter to the command's output; a
 * change still pending when the page goes away is written then.
 */
function pageStore(scenarioId: string, start: SessionState): SessionStore {
  // Once a write holds new progress, the sidebar's marks (src/site/progress-marks.ts) re-read
  // the storage; most commands change no step, and then nothing needs repainting.
  let progressed = false;
  const store = new SessionStore(scenarioId, start, browserStorage(), {
    schedule: (save) =>
      setTimeout(() => {
        save();
        if (!progressed) return;
        progressed = false;
        globalThis.document?.dispatchEvent(new Event('acr-lab:progress'));
      }, 0),
  });
  store.on('progress', () => (progressed = true));
  globalThis.addEventListener?.('pagehide', () => store.flush());
  globalThis.document?.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && store.flush());
  return store;
}

async function open(config: LabConfig): Promise<LabSession> {
  const t = translator(config.strings);
  const parsed = parseScenario(config.scenario);
  if (!parsed.ok) throw new Error(t('lab.scenario.broken', { error: parsed.error }));
  const scenario = parsed.scenario;
  const embedded = config.start ? readSession(config.start, scenario.id) : null;
  if (embedded?.kind === 'ok') return { scenario, store: pageStore(scenario.id, embedded.state), broken: [] };
  const start = await buildStartState(scenario, labCommands);
  const broken = start.ok ? [] : [t('lab.scenario.broken', { error: start.error })];
  const startState: SessionState = start.ok
    ? start.state
    : { world: scenarioBaseWorld(scenario), shell: { version: 1, vars: [], history: [], lastStatus: 0 }, achieved: [] };
  return { scenario, store: pageStore(scenario.id, startState), broken };
}

/**
 * The session of the lab at `root` (built on first call; later calls share it). Rejects only when
 * the scenario itself is unusable, with the lab's own message.
 */
export function openLabSession(root: Element, config: LabConfig): Promise<LabSession> {
  let session = sessions.get(root);
  if (!session) {
    session = open(config);
    sessions.set(root, session);
  }
  return session;
}

/** Reads the lab configuration Lab.astro embeds in `root`. */
export function readLabConfig(root: Element): LabConfig {
  return JSON.parse(root.querySelector('[data-lab-config]')?.textContent ?? '{}') as LabConfig;
}
