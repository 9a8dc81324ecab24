/**
 * The lab panel: the focused registry's network settings, the workstation IP, the behaviour
 * profile and the outcome matrix, redrawn from the world after every change. Cells whose
 * outcome a command changed are highlighted and read out in the live region.
 */
import { findRegistry, outcomeMatrix, type MatrixRow, type Registry, type World } from '../model';
import { changedCells, changeSentence, renderMatrix, rowKey, type MatrixTexts } from './matrix-view';
import type { SessionStore } from './session-store';

export interface PanelOptions {
  /** `[data-lab-panel]` element rendered by LabPanel.astro. */
  root: HTMLElement;
  registry: string;
  texts: MatrixTexts;
  /** Says a sentence in the polite live region. */
  announce(message: string): void;
}

function settingsList(world: World, reg: Registry | undefined, texts: MatrixTexts): HTMLElement {
  const { t } = texts;
  const onOff = (on: boolean) => t(on ? 'lab.panel.on' : 'lab.panel.off');
  const none = t('lab.panel.none');
  const rows: Array<[string, string]> = [];
  if (reg) {
    const endpoints = reg.privateEndpointConnections.map(
      (pe) => `${pe.name} (${texts.message({ key: `model.status.${pe.privateLinkServiceConnectionState.status.toLowerCase()}` })})`,
    );
    rows.push(
      ['lab.panel.publicAccess', onOff(reg.publicNetworkAccess === 'Enabled')],
      ['lab.panel.defaultAction', reg.networkRuleSet.defaultAction],
      ['lab.panel.ipRules', reg.networkRuleSet.ipRules.map((r) => r.ipAddressOrRange).join(', ') || none],
      ['lab.panel.trustedServices', onOff(reg.networkRuleBypassOptions === 'AzureServices')],
      ['lab.panel.tasksBypass', onOff(reg.networkRuleBypassAllowedForTasks)],
      ['lab.panel.privateEndpoints', endpoints.join(', ') || none],
    );
  }
  rows.push(['lab.panel.workstationIp', world.workstationIp], ['lab.panel.profile', texts.message({ key: `model.profile.${world.profile}` })]);
  const dl = document.createElement('dl');
  dl.className = 'lab-settings';
  for (const [key, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = t(key);
    const dd = document.createElement('dd');
    dd.textContent = value;
    dd.dataset.setting = key.replace('lab.panel.', '');
    dl.append(dt, dd);
  }
  return dl;
}

/** Draws the panel now and after every world change; returns a function that stops it. */
export function mountPanel(store: SessionStore, opts: PanelOptions): () => void {
  const { root, registry, texts } = opts;
  const body = root.querySelector<HTMLElement>('[data-lab-panel-body]') ?? root;
  let previous: MatrixRow[] = [];

  const draw = (world: World, announceChanges: boolean) => {
    const reg = findRegistry(world, registry);
    const rows = reg ? outcomeMatrix(world, reg.name) : [];
    const changed = announceChanges ? changedCells(previous, rows) : new Set<string>();
    const heading = document.createElement('h4');
    heading.textContent = texts.t('lab.panel.settings');
    const parts: Node[] = [heading, settingsList(world, reg, texts)];
    if (reg) {
      const matrixHeading = document.createElement('h4');
      matrixHeading.textContent = texts.t('lab.matrix.heading');
      parts.push(matrixHeading, ...renderMatrix(rows, reg.name, texts, changed));
    } else {
      const missing = document.createElement('p');
      missing.textContent = texts.t('lab.panel.missing', { registry });
      parts.unshift(missing);
    }
    // Keep the reasons list open across redraws if the learner opened it.
    const wasOpen = body.querySelector('details')?.open ?? false;
    body.replaceChildren(...parts);
    const details = body.querySelector('details');
    if (details) details.open = wasOpen;
    root.querySelector('[data-lab-panel-loading]')?.remove();
    if (changed.size) {
      const sentences = rows.flatMap((row) =>
        (['pull', 'push'] as const).filter((op) => changed.has(`${rowKey(row)}|${op}`)).map((op) => changeSentence(row, op, texts)),
      );
      opts.announce(sentences.join('. '));
    }
    previous = rows;
  };

  draw(store.world, false);
  // Redrawn on the next frame, not inside the command: the terminal's output comes first, and
  // several changes within one frame (a multi-line paste) cost one redraw. Announcements from
  // the redraw still join the command's own (the announcer gathers what comes within 100 ms).
  let pending: { world: World; announce: boolean } | null = null;
  return store.on('world', (change) => {
    const first = pending === null;
    pending = { world: change.world, announce: (pending?.announce ?? false) || change.cause !== 'load' };
    if (!first) return;
    requestAnimationFrame(() => {
      const next = pending;
      pending = null;
      if (next) draw(next.world, next.announce);
    });
  });
}
