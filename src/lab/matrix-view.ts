/**
 * The outcome matrix as DOM: one row per caller, a pull and a push cell showing allowed/denied
 * by icon AND text (never colour alone), the reason in a tooltip (hover, keyboard focus, or a
 * click to pin it for touch) and again in a <details> list. Text only via textContent.
 */
import { formatMessage, type Decision, type MatrixRow, type Message, type Operation } from '../model';
import type { Translate } from './strings';

/** Identifies one cell across renders: caller label plus operation. */
export type CellKey = string;

const OPERATIONS: readonly Operation[] = ['pull', 'push'];

/** A stable identity for a row's caller (its kind and parameters). */
export function rowKey(row: MatrixRow): string {
  return JSON.stringify(row.caller);
}

/** Cells whose allowed/denied outcome differs between two matrices (new rows do not count). */
export function changedCells(before: readonly MatrixRow[], after: readonly MatrixRow[]): Set<CellKey> {
  const old = new Map(before.map((row) => [rowKey(row), row]));
  const changed = new Set<CellKey>();
  for (const row of after) {
    const prev = old.get(rowKey(row));
    if (!prev) continue;
    for (const op of OPERATIONS) if (prev[op].allowed !== row[op].allowed) changed.add(`${rowKey(row)}|${op}`);
  }
  return changed;
}

export interface MatrixTexts {
  t: Translate;
  /** Renders a model message (reason, fix, caller name) in the page language. */
  message(message: Message): string;
}

/** The caller's name in the page language. */
export function callerName(row: MatrixRow, texts: MatrixTexts): string {
  return texts.message({ key: row.callerKey, params: row.callerParams });
}

/** Sentence for the live region: "ACR task hellotask, push: now Denied". */
export function changeSentence(row: MatrixRow, op: Operation, texts: MatrixTexts): string {
  return texts.t('lab.result.change', {
    caller: callerName(row, texts),
    operation: texts.message({ key: `model.operation.${op}` }),
    outcome: texts.t(row[op].allowed ? 'lab.matrix.allowed' : 'lab.matrix.denied'),
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/**
 * The reason, then what would change it, one line each. Every fix alone flips the outcome, so
 * several are offered as numbered alternatives rather than run together into one sentence.
 */
export function explainLines(decision: Decision, texts: MatrixTexts): string[] {
  const fixes = decision.fixes.map((fix) => texts.message(fix));
  if (fixes.length === 0) return [texts.message(decision.reason)];
  if (fixes.length === 1) return [texts.message(decision.reason), texts.t('lab.matrix.fix', { fix: fixes[0] })];
  return [texts.message(decision.reason), texts.t('lab.matrix.fixes'), ...fixes.map((fix, i) => `${i + 1}. ${fix}`)];
}

/** The lines of explainLines as block spans, so they show on separate lines. */
function explanation(decision: Decision, texts: MatrixTexts, className: string): HTMLSpanElement {
  const box = el('span', undefined, className);
  for (const line of explainLines(decision, texts)) box.append(el('span', line, 'lab-tip__line'));
  return box;
}

let tipCounter = 0;

function cell(row: MatrixRow, op: Operation, texts: MatrixTexts, changed: boolean): HTMLTableCellElement {
  const decision = row[op];
  const td = el('td');
  const wrap = el('span', undefined, 'lab-cell-wrap');
  const outcome = texts.t(decision.allowed ? 'lab.matrix.allowed' : 'lab.matrix.denied');
  const button = el('button', undefined, 'lab-cell');
  button.type = 'button';
  button.dataset.allowed = String(decision.allowed);
  button.dataset.rule = decision.rule;
  button.append(el('span', decision.allowed ? '✓' : '✕', 'lab-cell__icon'), el('span', outcome));
  button.firstElementChild?.setAttribute('aria-hidden', 'true');
  const tip = explanation(decision, texts, 'lab-tip');
  tip.id = `lab-tip-${++tipCounter}`;
  tip.setAttribute('role', 'tooltip');
  button.setAttribute('aria-describedby', tip.id);
  if (changed) {
    button.dataset.changed = '';
    button.title = texts.t('lab.matrix.changed');
  }
  // Click pins the tooltip (touch has no hover); Escape hides it (WCAG 1.4.13 "dismissible").
  button.addEventListener('click', () => wrap.toggleAttribute('data-pinned'));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') wrap.setAttribute('data-dismissed', '');
  });
  button.addEventListener('blur', () => wrap.removeAttribute('data-dismissed'));
  wrap.append(button, tip);
  td.append(wrap);
  return td;
}

/** Builds the matrix table and the reasons list; `changed` cells are highlighted. */
export function renderMatrix(rows: readonly MatrixRow[], registry: string, texts: MatrixTexts, changed: ReadonlySet<CellKey>): HTMLElement[] {
  const { t } = texts;
  const table = el('table', undefined, 'lab-matrix');
  table.append(el('caption', t('lab.matrix.caption', { registry })));
  const head = el('tr');
  for (const key of ['lab.matrix.caller', 'lab.matrix.pull', 'lab.matrix.push']) {
    const th = el('th', t(key));
    th.scope = 'col';
    head.append(th);
  }
  table.append(el('thead'));
  table.tHead?.append(head);
  const body = el('tbody');
  const reasons = el('ul', undefined, 'lab-reasons');
  for (const row of rows) {
    const tr = el('tr');
    tr.dataset.caller = row.caller.kind;
    const th = el('th', callerName(row, texts));
    th.scope = 'row';
    tr.append(th, ...OPERATIONS.map((op) => cell(row, op, texts, changed.has(`${rowKey(row)}|${op}`))));
    body.append(tr);
    const item = el('li');
    item.append(el('strong', callerName(row, texts)));
    for (const op of OPERATIONS) {
      const outcome = t(row[op].allowed ? 'lab.matrix.allowed' : 'lab.matrix.denied');
      item.append(el('br'), document.createTextNode(`${texts.message({ key: `model.operation.${op}` })}: ${outcome}.`), explanation(row[op], texts, 'lab-reasons__why'));
    }
    reasons.append(item);
  }
  table.append(body);
  const details = el('details', undefined, 'lab-reasons-details');
  details.append(el('summary', t('lab.matrix.reasons')), reasons);
  return [table, details];
}
