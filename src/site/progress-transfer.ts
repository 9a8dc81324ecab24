/**
 * Export and import of lab progress against localStorage (loaded on click by
 * progress-buttons.ts, so zod and the lab start-state code stay off the critical path).
 * An import writes all lessons or none: every new session is built before the first write.
 */
import { buildStartState } from '../lab/start-state';
import { labCommands } from '../lab/commands';
import { parseScenario } from '../lab/scenario';
import { readSession, sessionKey, writeSession } from '../lab/session-schema';
import type { StorageLike } from '../lab/session-store';
import { buildProgressFile, mergeAchieved, parseProgressFile, type LessonSteps, type ProgressError } from './progress-file';
import { storedAchieved } from './stored-achieved';

/** The file text of everything stored now. */
export function exportProgress(storage: StorageLike | null, lessons: LessonSteps, now = new Date()): string {
  const progress = Object.fromEntries(Object.keys(lessons).map((id) => [id, storedAchieved(storage, id)]));
  return JSON.stringify(buildProgressFile(progress, now), null, 2);
}

export type ImportResult = { ok: true; lessons: number } | { ok: false; error: ProgressError | { kind: 'start'; detail: string } };

const scenarioFiles = import.meta.glob('../../content/scenarios/*.json', { import: 'default' });

/** The stored session of a lesson that has none yet: its start state, as the lab would build it. */
async function startSession(id: string): Promise<string | { error: string }> {
  const load = Object.entries(scenarioFiles).find(([path]) => path.endsWith(`/${id}.json`))?.[1];
  const parsed = parseScenario(load ? await load() : undefined, id);
  if (!parsed.ok) return { error: parsed.error };
  const start = await buildStartState(parsed.scenario, labCommands);
  return start.ok ? writeSession(start.state, id) : { error: start.error };
}

/** Validates `text` and merges its progress into the stored sessions. */
export async function importProgress(storage: StorageLike, text: string, lessons: LessonSteps): Promise<ImportResult> {
  const parsed = parseProgressFile(text, lessons);
  if (!parsed.ok) return parsed;
  const writes: [string, string][] = [];
  for (const [id, { achieved }] of Object.entries(parsed.file.lessons)) {
    let stored = readSession(storage.getItem(sessionKey(id)), id);
    if (stored.kind !== 'ok') {
      const fresh = await startSession(id);
      if (typeof fresh !== 'string') return { ok: false, error: { kind: 'start', detail: fresh.error } };
      stored = readSession(fresh, id);
      if (stored.kind !== 'ok') return { ok: false, error: { kind: 'start', detail: id } };
    }
    const merged = mergeAchieved(stored.state.achieved, achieved, lessons[id]);
    writes.push([sessionKey(id), writeSession({ ...stored.state, achieved: merged }, id)]);
  }
  for (const [key, value] of writes) storage.setItem(key, value);
  return { ok: true, lessons: writes.length };
}
