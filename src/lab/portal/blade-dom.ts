/**
 * The Networking blade's glue: native control events become blade-state edits, Save commits the
 * model's new world to the lab's session store with cause 'portal' (so the outcome matrix, the
 * step checklist and `az acr show` in the terminal all see it), and world changes from the
 * terminal flow back into the page.
 */
import type { SessionStore } from '../session-store';
import type { Translate } from '../strings';
import { bladeView, discard, edit, onWorldChange, readBlade, save, type BladeState } from './blade-state';
import { checkRange, withClientIp, type PublicAccessChoice } from './networking-form';
import { queryBlade, renderBlade, showRangeError } from './render-blade';

/** Connects the blade's markup to `store`; returns a function that disconnects it from the store. */
export function mountBlade(blade: HTMLElement, store: SessionStore, t: Translate): () => void {
  const registry = blade.dataset.registry ?? '';
  const els = queryBlade(blade);
  let state: BladeState = readBlade(store.world, registry);
  const draw = () => renderBlade(els, bladeView(state), t, registry);
  const change = (next: BladeState) => {
    state = next;
    draw();
  };
  const enabled = (button: HTMLElement) => button.getAttribute('aria-disabled') !== 'true';

  for (const radio of els.radios) {
    radio.addEventListener('change', () => {
      if (radio.checked) change(edit(state, { access: radio.value as PublicAccessChoice }));
    });
  }
  els.trusted.addEventListener('change', () => change(edit(state, { trustedServices: els.trusted.checked })));
  els.clientIp.addEventListener('change', () => {
    if (state.draft) change(edit(state, { ipRanges: withClientIp(state.draft.ipRanges, state.workstationIp, els.clientIp.checked) }));
  });

  const addRange = () => {
    if (!state.draft) return;
    const checked = checkRange(els.rangeInput.value, state.draft.ipRanges);
    if (!checked.ok) {
      const range = els.rangeInput.value.trim();
      showRangeError(els, t(`portal.firewall.${checked.problem}`, { range }));
      els.rangeInput.focus();
      return;
    }
    showRangeError(els, null);
    els.rangeInput.value = '';
    change(edit(state, { ipRanges: [...state.draft.ipRanges, checked.range] }));
  };
  els.add.addEventListener('click', addRange);
  // Enter in the address field adds the range; it must not submit (= Save) the whole page.
  els.rangeInput.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    addRange();
  });
  els.ranges.addEventListener('click', (event) => {
    const range = (event.target as Element | null)?.closest<HTMLElement>('button[data-range]')?.dataset.range;
    if (range === undefined || !state.draft) return;
    change(edit(state, { ipRanges: state.draft.ipRanges.filter((r) => r !== range) }));
    // The pressed button is gone: keep keyboard focus in the firewall section.
    els.rangeInput.focus();
  });

  els.form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!enabled(els.save)) return;
    const out = save(state, store.world);
    change(out.state);
    if (out.world) store.setWorld(out.world, 'portal');
  });
  els.discard.addEventListener('click', () => {
    if (!enabled(els.discard)) return;
    showRangeError(els, null);
    change(discard(store.world, state));
  });
  els.reload.addEventListener('click', () => {
    showRangeError(els, null);
    change(discard(store.world, state));
    // The Reload button just disappeared: move focus to the chosen option.
    els.radios.find((r) => r.checked)?.focus();
  });

  const off = store.on('world', (worldChange) => change(onWorldChange(state, worldChange.world, worldChange.cause)));
  draw();
  return off;
}
