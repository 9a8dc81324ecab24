import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { History } from '../../../src/shell/editor/history';
import { setupEditor } from './helpers/editor-setup';

const UP = '\x1b[A';
const DOWN = '\x1b[B';

function submitAll(t: ReturnType<typeof setupEditor>, lines: string[]) {
  for (const line of lines) {
    t.feed(`${line}\r`);
    t.ready();
  }
}

describe('bounded history', () => {
  it('drops the oldest entry when full and always keeps the newest', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.string({ minLength: 1, maxLength: 5 }).filter((s) => s.trim() !== ''), { minLength: 1, maxLength: 60 }), (max, lines) => {
        const h = new History(max);
        for (const line of lines) h.add(line);
        expect(h.length).toBeLessThanOrEqual(max);
        expect(h.at(h.length - 1)).toBe(lines[lines.length - 1]);
      }),
    );
  });

  it('numbers entries stably after old ones are dropped', () => {
    const h = new History(2);
    ['a', 'b', 'c'].forEach((l) => h.add(l));
    expect(h.entries()).toEqual(['b', 'c']);
    expect(h.firstNumber).toBe(2);
  });

  it('skips blank lines and an immediate repeat', () => {
    const h = new History();
    ['a', 'a', '  ', 'b', 'a'].forEach((l) => h.add(l));
    expect(h.entries()).toEqual(['a', 'b', 'a']);
  });

  it('Up in a full editor history recalls the line just run', () => {
    const t = setupEditor({ history: new History(3) });
    submitAll(t, ['one', 'two', 'three', 'four', 'five']);
    t.feed(UP);
    expect(t.ed.line).toBe('five');
    t.feed(UP, UP, UP);
    expect(t.ed.line).toBe('three');
    expect(t.screen.bells).toBe(1);
  });
});

describe('Up/Down navigation', () => {
  it('walks back and forth and returns to the draft being typed', () => {
    const t = setupEditor();
    submitAll(t, ['az group list', 'az acr list']);
    t.feed('az ac');
    t.feed(UP);
    expect(t.ed.line).toBe('az acr list');
    t.feed(UP);
    expect(t.ed.line).toBe('az group list');
    expect(t.screen.lines().at(-1)).toBe('$ az group list');
    t.feed(DOWN, DOWN);
    expect(t.ed.line).toBe('az ac');
    expect(t.screen.lines().at(-1)).toBe('$ az ac');
  });

  it('Ctrl+P and Ctrl+N work like Up and Down; Down at the bottom rings', () => {
    const t = setupEditor();
    submitAll(t, ['x']);
    t.feed('\x0e');
    expect(t.screen.bells).toBe(1);
    t.feed('\x10');
    expect(t.ed.line).toBe('x');
  });
});

describe('Ctrl+R reverse search', () => {
  function setup() {
    const t = setupEditor();
    submitAll(t, ['az acr show -n myregistry', 'echo hi', 'az group list']);
    return t;
  }

  it('finds the newest match, then older ones, then reports failure', () => {
    const t = setup();
    t.feed('\x12', 'az');
    expect(t.screen.lines().at(-1)).toBe("(reverse-i-search)`az': az group list");
    t.feed('\x12');
    expect(t.screen.lines().at(-1)).toBe("(reverse-i-search)`az': az acr show -n myregistry");
    t.feed('\x12');
    expect(t.screen.lines().at(-1)).toBe("(failed reverse-i-search)`az': az acr show -n myregistry");
  });

  it('Enter runs the match', () => {
    const t = setup();
    t.feed('\x12', 'acr', '\r');
    expect(t.submitted().at(-1)).toBe('az acr show -n myregistry');
  });

  it('an arrow key keeps the match for editing', () => {
    const t = setup();
    t.feed('\x12', 'echo', '\x1b[C');
    expect(t.ed.state).toBe('idle');
    expect(t.ed.line).toBe('echo hi');
    expect(t.screen.lines().at(-1)).toBe('$ echo hi');
  });

  it('Ctrl+G restores the line from before the search', () => {
    const t = setup();
    t.feed('draft', '\x12', 'echo', '\x07');
    expect(t.ed.line).toBe('draft');
    expect(t.screen.lines().at(-1)).toBe('$ draft');
  });

  it('Backspace shortens the query and searches again from the newest', () => {
    const t = setup();
    t.feed('\x12', 'az a', '\x7f');
    expect(t.screen.lines().at(-1)).toBe("(reverse-i-search)`az ': az group list");
  });

  it('matches Korean text', () => {
    const t = setupEditor();
    submitAll(t, ['echo 레지스트리', 'echo other']);
    t.feed('\x12', '레지');
    expect(t.ed.state).toBe('search');
    t.feed('\x1b[D');
    expect(t.ed.line).toBe('echo 레지스트리');
  });
});
