/**
 * Deterministic ids and time. The generator state lives in the world, so replaying the same
 * commands from the same seed yields byte-identical output (useful for lesson snapshots).
 */
import type { World } from './types';

/** One mulberry32 step: small, fast, and good enough for ids that only need to look random. */
function step(state: number): [number, number] {
  const s = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(s ^ (s >>> 15), s | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [(t ^ (t >>> 14)) >>> 0, s];
}

/** Next GUID (RFC 4122 version 4 layout) and the world with the advanced generator. */
export function nextGuid(world: World): [string, World] {
  let state = world.rngState | 0;
  let hex = '';
  for (let i = 0; i < 4; i++) {
    const [word, next] = step(state);
    state = next;
    hex += word.toString(16).padStart(8, '0');
  }
  const variant = '89ab'[parseInt(hex[16], 16) & 3];
  const guid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return [guid, { ...world, rngState: state }];
}

/** Several GUIDs at once, in order. */
export function nextGuids(world: World, count: number): [string[], World] {
  const out: string[] = [];
  let w = world;
  for (let i = 0; i < count; i++) {
    const [g, next] = nextGuid(w);
    out.push(g);
    w = next;
  }
  return [out, w];
}

/** Advance the simulated clock (default one second). Negative or non-finite steps are ignored. */
export function tick(world: World, ms = 1000): World {
  const delta = Number.isFinite(ms) && ms > 0 ? Math.floor(ms) : 0;
  return { ...world, clock: world.clock + delta };
}

/** ISO 8601 time stamp of the world's clock. */
export function nowIso(world: World): string {
  return new Date(world.clock).toISOString();
}
