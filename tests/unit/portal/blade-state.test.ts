import { describe, expect, it } from 'vitest';
import { deleteRegistry, findRegistry, updateRegistry, type World } from '~/model';
import { bladeView, discard, edit, isDirty, onWorldChange, readBlade, save, type BladeState } from '~/lab/portal/blade-state';
import { CLIENT_IP, must, REG, setup } from './setup';

const open = (world = setup()) => readBlade(world, REG);

describe('dirty tracking (Save and Discard are offered only with unsaved edits)', () => {
  it.each<{ name: string; steps: (s: BladeState) => BladeState; dirty: boolean }>([
    { name: 'a freshly read page', steps: (s) => s, dirty: false },
    { name: 'Disabled chosen', steps: (s) => edit(s, { access: 'disabled' }), dirty: true },
    { name: 'the exception cleared', steps: (s) => edit(s, { trustedServices: false }), dirty: true },
    { name: 'chosen and chosen back', steps: (s) => edit(edit(s, { access: 'selected' }), { access: 'all' }), dirty: false },
    { name: 'client IP added', steps: (s) => edit(s, { ipRanges: [CLIENT_IP] }), dirty: true },
  ])('$name → dirty $dirty', ({ steps, dirty }) => {
    const state = steps(open());
    expect(isDirty(state)).toBe(dirty);
    expect(bladeView(state).dirty).toBe(dirty);
  });
});

describe('save', () => {
  it('commits through the model, reads the saved registry back and says so', () => {
    const world = setup();
    const out = save(edit(edit(open(world), { access: 'disabled' }), { trustedServices: false }), world);
    expect(out.world && findRegistry(out.world, REG)).toMatchObject({ publicNetworkAccess: 'Disabled', networkRuleBypassOptions: 'None' });
    expect(out.state.notice).toEqual({ kind: 'saved' });
    expect(isDirty(out.state)).toBe(false);
  });

  it('keeps the draft and shows the model’s error when the model refuses', () => {
    const world = setup('Basic');
    const draft = edit(open(world), { access: 'disabled' });
    const out = save(draft, world);
    expect(out.world).toBeUndefined();
    expect(out.state.notice).toEqual({
      kind: 'failed',
      error: '(DisablingPublicNetworkAccessNotSupported) Disabling public network access is not supported for the SKU Basic.',
    });
    expect(out.state.draft?.access).toBe('disabled');
  });

  it('does nothing without edits', () => {
    const world = setup();
    expect(save(open(world), world)).toEqual({ state: open(world) });
  });

  it('keeps the "saved" notification when its own change comes back from the store', () => {
    const world = setup();
    const out = save(edit(open(world), { access: 'disabled' }), world);
    expect(onWorldChange(out.state, out.world!, 'portal').notice).toEqual({ kind: 'saved' });
  });
});

describe('changes from the terminal', () => {
  const terminal = (w: World) => must(updateRegistry(w, { name: REG, allowTrustedServices: false }));

  it('are shown right away when the page has no unsaved edits', () => {
    const world = setup();
    const next = onWorldChange(open(world), terminal(world), 'command');
    expect(next.saved?.trustedServices).toBe(false);
    expect(next.stale).toBe(false);
  });

  it('keep unsaved edits and flag that the registry changed; Discard reloads', () => {
    const world = setup();
    const changed = terminal(world);
    const next = onWorldChange(edit(open(world), { access: 'disabled' }), changed, 'command');
    expect(next.stale).toBe(true);
    expect(next.draft?.access).toBe('disabled');
    const reloaded = discard(changed, next);
    expect([reloaded.stale, reloaded.draft?.access, reloaded.draft?.trustedServices]).toEqual([false, 'all', false]);
  });

  it('do not flag anything when another registry setting changed', () => {
    const world = setup();
    const admin = must(updateRegistry(world, { name: REG, adminEnabled: true }));
    expect(onWorldChange(edit(open(world), { access: 'disabled' }), admin, 'command').stale).toBe(false);
  });

  it('flag a SKU change under unsaved edits (it changes which options exist)', () => {
    const world = setup();
    const standard = must(updateRegistry(world, { name: REG, sku: 'Standard' }));
    const next = onWorldChange(edit(open(world), { access: 'disabled' }), standard, 'command');
    expect([next.stale, next.draft?.access, bladeView(next).layout?.enabled.disabled]).toEqual([true, 'disabled', false]);
  });

  it('a lab reset always re-reads, dropping edits', () => {
    const world = setup();
    const next = onWorldChange(edit(open(world), { access: 'disabled' }), world, 'reset');
    expect([isDirty(next), next.stale]).toEqual([false, false]);
  });

  it('a deleted registry empties the page', () => {
    const world = setup();
    const gone = must(deleteRegistry(world, { name: REG }));
    expect(bladeView(onWorldChange(open(world), gone, 'command')).missing).toBe(true);
  });

  it('a SKU change re-reads which options the page offers', () => {
    const world = setup();
    const standard = must(updateRegistry(world, { name: REG, sku: 'Standard' }));
    const view = bladeView(onWorldChange(open(world), standard, 'command'));
    expect(view.layout?.enabled).toEqual({ all: true, selected: false, disabled: false });
  });
});

describe('bladeView', () => {
  it('ticks the client IP box only when the workstation address is in the list', () => {
    const state = open();
    expect(bladeView(state).clientIpChecked).toBe(false);
    expect(bladeView(edit(state, { ipRanges: ['198.51.100.0/24', CLIENT_IP] })).clientIpChecked).toBe(true);
    expect(bladeView(edit(state, { ipRanges: ['203.0.113.0/24'] })).clientIpChecked).toBe(false);
  });
});
