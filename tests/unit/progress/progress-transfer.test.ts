import { describe, expect, it } from 'vitest';
import { sessionKey } from '~/lab/session-schema';
import { exportProgress, importProgress } from '~/site/progress-transfer';
import { storedAchieved } from '~/site/stored-achieved';

const LESSONS = { '03-cli-toggle': ['trusted-off', 'trusted-on'], '02-trusted-services': [] as string[] };
const memory = () => {
  const map = new Map<string, string>();
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
};
const file = (lessons: unknown) => JSON.stringify({ v: 1, exportedAt: new Date(0).toISOString(), lessons });

describe('importProgress / exportProgress', () => {
  it('creates a start session for a lesson never opened, then exports the same progress', async () => {
    const storage = memory();
    const result = await importProgress(storage, file({ '03-cli-toggle': { achieved: ['trusted-on', 'trusted-off'] } }), LESSONS);
    expect(result).toEqual({ ok: true, lessons: 1 });
    expect(storedAchieved(storage, '03-cli-toggle')).toEqual(['trusted-off', 'trusted-on']);
    expect(JSON.parse(exportProgress(storage, LESSONS)).lessons).toEqual({ '03-cli-toggle': { achieved: ['trusted-off', 'trusted-on'] } });
  }, 30_000);
  it('merges into an existing session and keeps its world', async () => {
    const storage = memory();
    await importProgress(storage, file({ '03-cli-toggle': { achieved: ['trusted-off'] } }), LESSONS);
    const world = JSON.parse(storage.map.get(sessionKey('03-cli-toggle'))!).world;
    await importProgress(storage, file({ '03-cli-toggle': { achieved: ['trusted-on'] } }), LESSONS);
    const after = JSON.parse(storage.map.get(sessionKey('03-cli-toggle'))!);
    expect(after.achieved).toEqual(['trusted-off', 'trusted-on']);
    expect(after.world).toEqual(world);
  }, 30_000);
  it('changes nothing when the file is refused', async () => {
    const storage = memory();
    const result = await importProgress(storage, file({ '03-cli-toggle': { achieved: ['trusted-off'] }, nope: { achieved: [] } }), LESSONS);
    expect(result.ok).toBe(false);
    expect(storage.map.size).toBe(0);
  });
});
