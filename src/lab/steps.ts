/**
 * The step checklist at run time. A step is done once its goal holds on the world while every
 * earlier step is done; it then stays done (saved with the session), because later steps may
 * undo an earlier state on purpose (lesson 6 runs the task twice: first it succeeds, then it fails).
 * Goals look at the model's state, never at the commands typed (Learn Git Branching's rule).
 */
import { checkGoal, type World } from '../model';
import { localized, type ScenarioStep } from './scenario';
import type { SessionStore } from './session-store';
import type { Translate } from './strings';

/**
 * Ids of the steps done after this world: the `achieved` ones plus, walking in order, each next
 * step whose goal now holds. Stops at the first step that is neither.
 */
export function progress(steps: readonly ScenarioStep[], achieved: readonly string[], world: World): string[] {
  const done: string[] = [];
  for (const step of steps) {
    if (achieved.includes(step.id) || checkGoal(world, step.goal)) done.push(step.id);
    else break;
  }
  // Steps achieved earlier stay done even when an earlier one was lost (e.g. an older session).
  for (const id of achieved) if (!done.includes(id)) done.push(id);
  return done;
}

export interface StepsOptions {
  root: HTMLElement;
  steps: readonly ScenarioStep[];
  lang: string;
  t: Translate;
  announce(message: string): void;
}

function paint(opts: StepsOptions, achieved: readonly string[]): void {
  const { root, steps, t } = opts;
  const done = steps.filter((step) => achieved.includes(step.id)).length;
  for (const item of root.querySelectorAll<HTMLElement>('[data-step]')) {
    const isDone = achieved.includes(item.dataset.step ?? '');
    item.toggleAttribute('data-done', isDone);
    const mark = item.querySelector('[data-step-mark]');
    if (mark) mark.textContent = isDone ? '✓' : '○';
    const state = item.querySelector('[data-step-state]');
    if (state) state.textContent = `(${t(isDone ? 'lab.steps.done' : 'lab.steps.todo')})`;
  }
  const counts = { done, total: steps.length };
  const visual = root.querySelector('[data-lab-progress]');
  if (visual) visual.textContent = t('lab.steps.progress', counts);
  const label = root.querySelector('[data-lab-progress-label]');
  if (label) label.textContent = t('lab.steps.progressLabel', counts);
  root.querySelector('[data-lab-all-done]')?.toggleAttribute('hidden', !(steps.length > 0 && done === steps.length));
}

/** Keeps the checklist in step with the session; returns a function that stops it. */
export function mountSteps(store: SessionStore, opts: StepsOptions): () => void {
  const evaluate = (world: World) => {
    const next = progress(opts.steps, store.state.achieved, world);
    const fresh = next.filter((id) => !store.state.achieved.includes(id));
    if (!fresh.length) return;
    store.achieve(fresh);
    const titles = opts.steps.filter((s) => fresh.includes(s.id)).map((s) => opts.t('lab.steps.achieved', { title: localized(s.title, opts.lang) }));
    const all = store.state.achieved.length >= opts.steps.length ? [opts.t('lab.steps.allDone')] : [];
    opts.announce([...titles, ...all].join(' '));
  };
  const offProgress = store.on('progress', ({ achieved }) => paint(opts, achieved));
  const offWorld = store.on('world', (change) => {
    if (change.cause !== 'reset') evaluate(change.world);
  });
  paint(opts, store.state.achieved);
  evaluate(store.world);
  return () => {
    offProgress();
    offWorld();
  };
}
