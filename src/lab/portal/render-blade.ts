/**
 * Draws a BladeView into the static markup of PortalNetworking.astro: checks, greys out and
 * hides native controls, rebuilds the address list, fills the notices. Text only via
 * textContent; no layout logic here (that is networking-form.ts and blade-state.ts).
 */
import type { Translate } from '../strings';
import type { BladeNotice, BladeView } from './blade-state';

/** The blade's elements, found once. */
export interface BladeElements {
  status: HTMLElement;
  form: HTMLFormElement;
  radios: HTMLInputElement[];
  accessNote: HTMLElement;
  firewall: HTMLElement;
  clientIp: HTMLInputElement;
  clientIpLabel: HTMLElement;
  ranges: HTMLElement;
  rangesNone: HTMLElement;
  rangeInput: HTMLInputElement;
  rangeError: HTMLElement;
  add: HTMLButtonElement;
  exception: HTMLElement;
  trusted: HTMLInputElement;
  save: HTMLButtonElement;
  discard: HTMLButtonElement;
  unsaved: HTMLElement;
  stale: HTMLElement;
  staleText: HTMLElement;
  reload: HTMLButtonElement;
  notice: HTMLElement;
  error: HTMLElement;
}

/** Finds every element of the blade; throws when the markup lacks one (a build mistake). */
export function queryBlade(blade: HTMLElement): BladeElements {
  const one = <T extends HTMLElement>(name: string): T => {
    const el = blade.querySelector<T>(`[data-portal-${name}]`);
    if (!el) throw new Error(`portal markup is missing [data-portal-${name}]`);
    return el;
  };
  return {
    status: one('status'),
    form: one<HTMLFormElement>('form'),
    radios: [...blade.querySelectorAll<HTMLInputElement>('[data-portal-access]')],
    accessNote: one('access-note'),
    firewall: one('firewall'),
    clientIp: one<HTMLInputElement>('client-ip'),
    clientIpLabel: one('client-ip-label'),
    ranges: one('ranges'),
    rangesNone: one('ranges-none'),
    rangeInput: one<HTMLInputElement>('range'),
    rangeError: one('range-error'),
    add: one<HTMLButtonElement>('add'),
    exception: one('exception'),
    trusted: one<HTMLInputElement>('trusted'),
    save: one<HTMLButtonElement>('save'),
    discard: one<HTMLButtonElement>('discard'),
    unsaved: one('unsaved'),
    stale: one('stale'),
    staleText: one('stale-text'),
    reload: one<HTMLButtonElement>('reload'),
    notice: one('notice'),
    error: one('error'),
  };
}

function rangeItem(range: string, t: Translate): HTMLLIElement {
  const li = document.createElement('li');
  const text = document.createElement('span');
  text.textContent = range;
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'portal__button';
  remove.textContent = t('portal.firewall.remove');
  // The visible word plus the range, so each button is told apart (WCAG 2.5.3 label in name).
  remove.setAttribute('aria-label', t('portal.firewall.removeLabel', { range }));
  remove.dataset.range = range;
  li.append(text, remove);
  return li;
}

// The notification each blade shows now, to tell a new one from a redraw of the same one.
const shownNotices = new WeakMap<HTMLElement, BladeNotice | null>();

/**
 * A new notification is written after the regions were emptied, so a screen reader reads it even
 * when the text is the same as last time ("Saved network settings" twice).
 */
function showNotice(els: BladeElements, notice: BladeNotice | null, t: Translate): void {
  if (shownNotices.has(els.notice) && shownNotices.get(els.notice) === notice) return;
  shownNotices.set(els.notice, notice);
  els.notice.textContent = '';
  els.error.textContent = '';
  if (!notice) return;
  setTimeout(() => {
    if (shownNotices.get(els.notice) !== notice) return;
    if (notice.kind === 'saved') els.notice.textContent = t('portal.saved');
    else els.error.textContent = t('portal.saveFailed', { error: notice.error });
  }, 50);
}

/** Makes the markup show `view`. */
export function renderBlade(els: BladeElements, view: BladeView, t: Translate, registry: string): void {
  const { form, layout } = view;
  els.status.textContent = view.missing ? t('portal.missing', { registry }) : '';
  els.form.hidden = view.missing;
  els.staleText.textContent = view.stale ? t('portal.stale') : '';
  els.reload.hidden = !view.stale;
  els.stale.toggleAttribute('data-active', view.stale);
  showNotice(els, view.notice, t);
  if (!form || !layout) return;

  for (const radio of els.radios) {
    const choice = radio.value as keyof typeof layout.enabled;
    radio.checked = choice === form.access;
    radio.disabled = !layout.enabled[choice];
  }
  const notes = [
    ...(layout.premiumNote ? [t('portal.access.premiumOnly', { sku: layout.premiumNote })] : []),
    ...(form.access === 'disabled' ? [t('portal.access.disabledHint')] : []),
  ];
  els.accessNote.textContent = notes.join(' ');
  els.accessNote.hidden = notes.length === 0;

  els.firewall.hidden = !layout.showFirewall;
  els.clientIp.checked = view.clientIpChecked;
  els.clientIpLabel.textContent = t('portal.firewall.clientIp', { ip: view.workstationIp });
  els.ranges.replaceChildren(...form.ipRanges.map((range) => rangeItem(range, t)));
  els.rangesNone.hidden = form.ipRanges.length > 0;

  els.exception.hidden = !layout.showException;
  els.trusted.checked = form.trustedServices;

  for (const button of [els.save, els.discard]) button.setAttribute('aria-disabled', String(!view.dirty));
  els.unsaved.hidden = !view.dirty;
}

/** Shows (or clears, with null) the problem with the typed address range. */
export function showRangeError(els: BladeElements, message: string | null): void {
  els.rangeError.textContent = message ?? '';
  if (message) els.rangeInput.setAttribute('aria-invalid', 'true');
  else els.rangeInput.removeAttribute('aria-invalid');
}
