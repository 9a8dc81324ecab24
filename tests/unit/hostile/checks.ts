/**
 * Checks every hostile case shares: the answer the user sees, a world that still validates and
 * round-trips, a lab session that would still load after a reload, and an untouched
 * Object.prototype.
 */
import { expect } from 'vitest';
import { readSession, writeSession } from '../../../src/lab/session-schema';
import { parseWorld, serializeWorld, type World } from '../../../src/model';
import type { ShellState } from '../../../src/shell/types';
import type { HostileCase } from './corpus';

/** Per-case bound: a hostile line answers within a second or the case fails (vitest timeout). */
export const HANG_MS = 1000;

export interface Seen {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Exit code and output as the case states; never an internal error. */
export function expectAnswer(seen: Seen, c: Pick<HostileCase, 'exit' | 'stdout' | 'stderr'>): void {
  expect(seen.stderr).not.toMatch(/internal error|TypeError|ReferenceError|RangeError|\bat .+:\d+:\d+\)/);
  if (typeof c.stdout === 'string') expect(seen.stdout).toBe(c.stdout);
  else if (c.stdout) expect(seen.stdout).toMatch(c.stdout);
  if (c.stderr) expect(seen.stderr).toMatch(c.stderr);
  expect(seen.exitCode).toBe(c.exit);
}

/** The world validates with the model's own parser and survives a save/load unchanged. */
export function expectValidWorld(world: World): void {
  const parsed = parseWorld(JSON.parse(serializeWorld(world)));
  expect(parsed.ok ? 'valid' : parsed.error).toBe('valid');
  if (parsed.ok) expect(serializeWorld(parsed.world)).toBe(serializeWorld(world));
}

/** What the lab would store in localStorage after the command still loads on the next visit. */
export function expectSessionLoads(world: World, shell: ShellState): void {
  const text = writeSession({ world, shell, achieved: [] }, 'hostile');
  const back = readSession(text, 'hostile');
  expect(back.kind === 'refused' ? back.error : back.kind).toBe('ok');
}

const PRISTINE = Object.getOwnPropertyNames(Object.prototype).sort();

/** No property was added to (or removed from) Object.prototype. */
export function expectPrototypeUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PRISTINE);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}
