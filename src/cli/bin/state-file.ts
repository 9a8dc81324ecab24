/**
 * The headless entries keep the world in a JSON file between invocations (`AZ_SIM_STATE`,
 * default `~/.az-sim/state.json`). A missing file starts a fresh world; a corrupt or
 * unknown-version file is moved aside to `<file>.corrupt-<timestamp>` with a visible notice
 * (style habit 8) and a fresh world starts. Writes go to a temp file renamed over the target,
 * so an interrupted write never leaves a half-written state.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { createWorld, parseWorld, serializeWorld } from '../../model';
import type { Profile, World } from '../../model/types';

export interface LoadedState {
  world: World;
  /** Messages for stderr (printed with `ERROR: `), e.g. a corrupt file moved aside. */
  errors: string[];
  /** The world is not what the file holds (new, reset or profile overridden): save it. */
  changed: boolean;
}

/** `AZ_SIM_STATE`, or `~/.az-sim/state.json`. */
export function stateFilePath(env: NodeJS.ProcessEnv = process.env): string {
  const p = env.AZ_SIM_STATE;
  return p && p.trim() !== '' ? p : join(homedir(), '.az-sim', 'state.json');
}

export type ProfileSetting = { ok: true; profile?: Profile } | { ok: false; error: string };

/** `AZ_SIM_PROFILE=2021|current` (unset or empty: keep the stored/default profile). */
export function profileFromEnv(env: NodeJS.ProcessEnv = process.env): ProfileSetting {
  const v = env.AZ_SIM_PROFILE;
  if (v === undefined || v === '') return { ok: true };
  if (v === '2021' || v === 'current') return { ok: true, profile: v };
  return { ok: false, error: `AZ_SIM_PROFILE must be '2021' or 'current', not '${v}'.` };
}

/** `YYYYMMDDTHHMMSSmmmZ`: sortable and safe in file names on every platform. */
function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('.', '');
}

function errnoCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

/** Read the world from `path`; never throws. */
export function loadState(path: string, profile?: Profile, now: Date = new Date()): LoadedState {
  const fresh = (errors: string[]): LoadedState => ({ world: createWorld({ profile }), errors, changed: true });
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return fresh([]);
    return fresh([`Could not read the lab state file '${path}' (${errnoCode(e) ?? String(e)}); starting from a fresh lab world.`]);
  }
  let reason: string | undefined;
  let world: World | undefined;
  try {
    const parsed = parseWorld(JSON.parse(text));
    if (parsed.ok) world = parsed.world;
    else reason = parsed.error;
  } catch (e) {
    reason = e instanceof Error ? e.message : String(e);
  }
  if (!world) {
    const aside = `${path}.corrupt-${stamp(now)}`;
    try {
      renameSync(path, aside);
      return fresh([`The lab state file '${path}' is not valid (${reason}). It was moved to '${aside}' and a fresh lab world was started.`]);
    } catch (e) {
      return fresh([`The lab state file '${path}' is not valid (${reason}) and could not be moved aside (${errnoCode(e) ?? String(e)}); a fresh lab world was started.`]);
    }
  }
  if (profile && world.profile !== profile) return { world: { ...world, profile }, errors: [], changed: true };
  return { world, errors: [], changed: false };
}

/** Write the world atomically (temp file in the same directory, then rename). Returns an error message on failure. */
export function saveState(path: string, world: World): string | undefined {
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, `${serializeWorld(world)}\n`, 'utf8');
    renameSync(tmp, path);
    return undefined;
  } catch (e) {
    return `Could not save the lab state to '${path}' (${errnoCode(e) ?? String(e)}).`;
  }
}

/**
 * The state file named by the environment, loaded for a headless entry (az, shell). Problems
 * are written as `ERROR:` lines; null means the environment itself is unusable (exit 2).
 */
export function openStateFromEnv(): { path: string; loaded: LoadedState } | null {
  const profile = profileFromEnv();
  if (!profile.ok) {
    process.stderr.write(`ERROR: ${profile.error}\n`);
    return null;
  }
  const path = stateFilePath();
  const loaded = loadState(path, profile.profile);
  for (const e of loaded.errors) process.stderr.write(`ERROR: ${e}\n`);
  return { path, loaded };
}
