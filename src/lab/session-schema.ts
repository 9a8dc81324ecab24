/**
 * What one lab session stores in the browser, and how stored text is read back. Stored data is
 * untrusted: another tab, an older or newer site version, or a curious learner may have
 * written anything there. Reading never throws; it says why the data was refused.
 */
import { z } from 'zod';
import { parseWorld, WORLD_SCHEMA_VERSION, type World } from '../model';
import { checkShellState } from '../shell/state';
import type { ShellState } from '../shell/types';

/** Bump when the stored shape changes; older data is then discarded (there is no migration yet). */
export const SESSION_VERSION = 1 as const;

/** Everything the lab restores on reload. */
export interface SessionState {
  world: World;
  shell: ShellState;
  /** Ids of scenario steps the learner has completed (they stay done, see steps.ts). */
  achieved: string[];
}

const StoredSchema = z.object({
  version: z.literal(SESSION_VERSION).describe('Session format version'),
  scenario: z.string().describe('Scenario id the session belongs to'),
  world: z.unknown().describe('The model World; validated by the model'),
  shell: z.unknown().describe('Shell variables and history; validated by the shell'),
  achieved: z.array(z.string()).describe('Completed step ids'),
});

/** Why stored data was refused: `future` when a newer site wrote it, `corrupt` otherwise. */
export type ReadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; state: SessionState }
  | { kind: 'refused'; reason: 'corrupt' | 'future'; error: string };

const versionOf = (data: unknown, key: string): unknown =>
  data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;

const isNewer = (version: unknown, current: number): boolean => typeof version === 'number' && version > current;

/** Parses stored text for `scenarioId`; `null` (nothing stored) is `empty`. */
export function readSession(text: string | null, scenarioId: string): ReadResult {
  if (text === null) return { kind: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'refused', reason: 'corrupt', error: 'not JSON' };
  }
  const version = versionOf(data, 'version');
  if (isNewer(version, SESSION_VERSION)) return { kind: 'refused', reason: 'future', error: `session version ${String(version)}` };
  const parsed = StoredSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: 'refused', reason: 'corrupt', error: `${issue.path.join('.') || 'session'}: ${issue.message}` };
  }
  if (parsed.data.scenario !== scenarioId) {
    return { kind: 'refused', reason: 'corrupt', error: `session of scenario ${parsed.data.scenario}` };
  }
  const worldVersion = versionOf(parsed.data.world, 'schemaVersion');
  const world = parseWorld(parsed.data.world);
  if (!world.ok) {
    const reason = isNewer(worldVersion, WORLD_SCHEMA_VERSION) ? 'future' : 'corrupt';
    return { kind: 'refused', reason, error: world.error };
  }
  const shell = checkShellState(parsed.data.shell);
  if (!shell.ok) return { kind: 'refused', reason: 'corrupt', error: shell.reason };
  return { kind: 'ok', state: { world: world.world, shell: shell.state, achieved: parsed.data.achieved } };
}

/** Serialises a session for storage. */
export function writeSession(state: SessionState, scenarioId: string): string {
  return JSON.stringify({ version: SESSION_VERSION, scenario: scenarioId, ...state });
}

/** The localStorage key of a scenario's session (one per scenario, shared by both languages). */
export function sessionKey(scenarioId: string): string {
  return `acr-lab:session:${scenarioId}`;
}
