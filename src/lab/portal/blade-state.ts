/**
 * The Networking blade's state machine, without DOM: what the registry was when the page last
 * read it (`saved`), what the learner has chosen since (`draft`), whether the registry changed
 * elsewhere meanwhile (`stale`), and the last save's notification. Every function returns a new
 * state; saving also returns the world to commit to the session store.
 */
import { findRegistry, type Sku, type World } from '../../model';
import type { ChangeCause } from '../session-store';
import { bladeLayout, formFromRegistry, sameForm, type BladeLayout, type NetworkingForm } from './networking-form';
import { saveNetworking } from './save-networking';

/** The message under the buttons after Save. */
export type BladeNotice = { kind: 'saved' } | { kind: 'failed'; error: string };

export interface BladeState {
  registry: string;
  workstationIp: string;
  /** The registry as last read; null while it does not exist. */
  saved: NetworkingForm | null;
  draft: NetworkingForm | null;
  sku: Sku | null;
  /** The registry changed outside the page while the learner had unsaved edits. */
  stale: boolean;
  notice: BladeNotice | null;
}

/** Reads the registry afresh, dropping any draft. */
export function readBlade(world: World, registry: string, notice: BladeNotice | null = null): BladeState {
  const reg = findRegistry(world, registry);
  const form = reg ? formFromRegistry(reg) : null;
  return { registry, workstationIp: world.workstationIp, saved: form, draft: form, sku: reg?.sku ?? null, stale: false, notice };
}

/** Unsaved edits exist (Save and Discard are offered only then). */
export function isDirty(state: BladeState): boolean {
  return !!state.saved && !!state.draft && !sameForm(state.saved, state.draft);
}

/**
 * The world changed. Without unsaved edits the page simply shows the new values; with edits it
 * keeps them and flags that the registry changed underneath, so nothing the learner chose is
 * thrown away silently. A lab reset always re-reads.
 */
export function onWorldChange(state: BladeState, world: World, cause: ChangeCause): BladeState {
  if (cause === 'reset' || !isDirty(state)) {
    const keep = cause === 'portal' ? state.notice : null;
    return readBlade(world, state.registry, keep);
  }
  const reg = findRegistry(world, state.registry);
  const now = reg ? formFromRegistry(reg) : null;
  // A new SKU counts too: it changes which options the page may offer.
  const changed = !now || !state.saved || !sameForm(now, state.saved) || reg?.sku !== state.sku;
  return { ...state, sku: reg?.sku ?? null, workstationIp: world.workstationIp, stale: state.stale || changed };
}

/** The learner changed a control. */
export function edit(state: BladeState, patch: Partial<NetworkingForm>): BladeState {
  if (!state.draft) return state;
  return { ...state, draft: { ...state.draft, ...patch }, notice: null };
}

/** Discard (and the "reload" of the changed-elsewhere notice): back to the registry as it is now. */
export function discard(world: World, state: BladeState): BladeState {
  return readBlade(world, state.registry);
}

/**
 * Save: the draft goes through the model. On success the page shows the saved registry and the
 * caller commits `world` (with cause 'portal'); on failure the draft stays so it can be fixed.
 */
export function save(state: BladeState, world: World): { state: BladeState; world?: World } {
  if (!state.draft || !isDirty(state)) return { state };
  const result = saveNetworking(world, state.registry, state.draft);
  if (!result.ok) return { state: { ...state, notice: { kind: 'failed', error: result.error.message } } };
  return { state: readBlade(result.world, state.registry, { kind: 'saved' }), world: result.world };
}

/** Everything the DOM needs to draw the blade. */
export interface BladeView {
  missing: boolean;
  form: NetworkingForm | null;
  layout: BladeLayout | null;
  clientIpChecked: boolean;
  dirty: boolean;
  stale: boolean;
  notice: BladeNotice | null;
  workstationIp: string;
}

export function bladeView(state: BladeState): BladeView {
  const { saved, draft, sku } = state;
  const layout = saved && draft && sku ? bladeLayout(sku, saved, draft) : null;
  return {
    missing: !draft,
    form: draft,
    layout,
    clientIpChecked: !!draft?.ipRanges.includes(state.workstationIp),
    dirty: isDirty(state),
    stale: state.stale,
    notice: state.notice,
    workstationIp: state.workstationIp,
  };
}
