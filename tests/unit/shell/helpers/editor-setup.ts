/** An editor wired to the test screen: `feed` writes its output there and collects events. */
import { LineEditor } from '../../../../src/shell/editor/editor';
import type { EditorEvent, EditorOptions } from '../../../../src/shell/editor/editor-core';
import { Screen } from './screen';

export function setupEditor(opts: EditorOptions = {}) {
  const cols = opts.cols ?? 80;
  const ed = new LineEditor({ ...opts, cols });
  const screen = new Screen(cols);
  const events: EditorEvent[] = [];
  const apply = (step: { output: string; events: EditorEvent[] }) => {
    screen.write(step.output);
    events.push(...step.events);
    return step;
  };
  apply(ed.ready());
  return {
    ed,
    screen,
    events,
    feed: (...inputs: string[]) => {
      let output = '';
      for (const input of inputs) output += apply(ed.feed(input)).output;
      return output;
    },
    ready: (endsWithNewline = true) => apply(ed.ready({ endsWithNewline })),
    submitted: () => events.filter((e) => e.type === 'submit').map((e) => (e as { line: string }).line),
  };
}
