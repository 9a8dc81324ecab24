/**
 * Sidebar "completed" marks on every page: a ✓ plus visually hidden "(completed)" text after
 * each lesson whose scenario steps are all achieved (WCAG 1.4.1: not colour alone). Reads
 * localStorage only; the step ids per scenario come from the JSON Head.astro embeds.
 */
import { isCompleted, storedAchieved, type ReadableStorage } from './stored-achieved';

interface MarksData {
  steps: Record<string, string[]>;
  label: string;
}

const storage = (): ReadableStorage | null => {
  try {
    return globalThis.localStorage;
  } catch {
    return null;
  }
};

/** Adds or removes the mark on each sidebar lesson link (desktop and mobile share one sidebar). */
export function paintMarks(doc: Document = document): void {
  const el = doc.querySelector('[data-acr-progress-marks]');
  if (!el) return;
  const data = JSON.parse(el.textContent ?? '{}') as MarksData;
  const store = storage();
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('.sidebar-content a[href]')) {
    // Lesson pages live at <base>/<lang>/lessons/<scenario id>/ (the page slug is the scenario id).
    const id = /\/lessons\/([^/]+)\/?$/.exec(link.pathname)?.[1];
    const done = id !== undefined && Object.hasOwn(data.steps, id) && isCompleted(data.steps[id], storedAchieved(store, id));
    const mark = link.querySelector('[data-acr-done]');
    if (done && !mark) {
      const span = doc.createElement('span');
      span.className = 'acr-done-mark';
      span.dataset.acrDone = '';
      span.innerHTML = '<span aria-hidden="true">✓</span><span class="sr-only"></span>';
      span.lastElementChild!.textContent = ` ${data.label}`;
      link.append(span);
    } else if (!done) mark?.remove();
  }
}

paintMarks();
// Another tab finished a lesson, or this page's lab saved its session (or an import wrote one).
addEventListener('storage', () => paintMarks());
document.addEventListener('acr-lab:progress', () => paintMarks());
