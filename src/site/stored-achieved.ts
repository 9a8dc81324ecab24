/**
 * Reads a lesson's completed step ids straight from the stored lab session, without the lab
 * runtime (no zod, no model), so the sidebar marks cost almost nothing on every page.
 * The key and the `version`/`scenario`/`achieved` fields mirror src/lab/session-schema.ts
 * (a unit test keeps them in step); importing that module would pull zod into every page.
 */

/** The subset of Web Storage this needs. */
export interface ReadableStorage {
  getItem(key: string): string | null;
}

/** Same as `sessionKey` in src/lab/session-schema.ts. */
export const storedSessionKey = (scenarioId: string): string => `acr-lab:session:${scenarioId}`;

/** Completed step ids of `scenarioId`; empty when nothing usable is stored or storage is blocked. */
export function storedAchieved(storage: ReadableStorage | null, scenarioId: string): string[] {
  try {
    const data: unknown = JSON.parse(storage?.getItem(storedSessionKey(scenarioId)) ?? 'null');
    if (!data || typeof data !== 'object') return [];
    const { version, scenario, achieved } = data as Record<string, unknown>;
    if (version !== 1 || scenario !== scenarioId || !Array.isArray(achieved)) return [];
    return achieved.filter((id): id is string => typeof id === 'string');
  } catch {
    return [];
  }
}

/** True when every one of `steps` is achieved; a lesson without steps is never "completed". */
export function isCompleted(steps: readonly string[], achieved: readonly string[]): boolean {
  return steps.length > 0 && steps.every((id) => achieved.includes(id));
}
