import { describe, expect, it } from 'vitest';
import { setupEditor } from './helpers/editor-setup';

const LEFT = '\x1b[D';
const RIGHT = '\x1b[C';

/** [what, inputs fed in order, expected line, expected cursor (UTF-16 offset)] */
const KEY_CASES: Array<[string, string[], string, number]> = [
  ['typing', ['abc'], 'abc', 3],
  ['Left arrow', ['abc', LEFT], 'abc', 2],
  ['Left in application cursor mode', ['abc', '\x1bOD'], 'abc', 2],
  ['Right arrow stops at the end', ['abc', LEFT, RIGHT, RIGHT], 'abc', 3],
  ['Ctrl+B / Ctrl+F', ['abc', '\x02', '\x02', '\x06'], 'abc', 2],
  ['Home as \\x1b[H', ['abc', '\x1b[H'], 'abc', 0],
  ['Home as \\x1bOH', ['abc', '\x1bOH'], 'abc', 0],
  ['Home as \\x1b[1~', ['abc', '\x1b[1~'], 'abc', 0],
  ['Ctrl+A', ['abc', '\x01'], 'abc', 0],
  ['End as \\x1b[F', ['abc', '\x01', '\x1b[F'], 'abc', 3],
  ['End as \\x1bOF', ['abc', '\x01', '\x1bOF'], 'abc', 3],
  ['End as \\x1b[4~', ['abc', '\x01', '\x1b[4~'], 'abc', 3],
  ['Ctrl+E', ['abc', '\x01', '\x05'], 'abc', 3],
  ['insert in the middle', ['ac', LEFT, 'b'], 'abc', 2],
  ['Backspace', ['abc', '\x7f'], 'ab', 2],
  ['Backspace as Ctrl+H', ['abc', '\x08'], 'ab', 2],
  ['Backspace at the start does nothing', ['abc', '\x01', '\x7f'], 'abc', 0],
  ['Delete', ['abc', '\x01', '\x1b[3~'], 'bc', 0],
  ['Ctrl+D deletes under the cursor', ['abc', '\x01', '\x04'], 'bc', 0],
  ['Ctrl+U kills to the start', ['abc def', LEFT, '\x15'], 'f', 0],
  ['Ctrl+K kills to the end', ['abc def', '\x01', RIGHT, '\x0b'], 'a', 1],
  ['Ctrl+W kills the previous word', ['az acr show', '\x17'], 'az acr ', 7],
  ['Ctrl+W skips trailing spaces', ['az acr  ', '\x17'], 'az ', 3],
  ['Alt+Backspace stops at punctuation', ['--resource-group', '\x1b\x7f'], '--resource-', 11],
  ['Alt+D kills the next word', ['az acr show', '\x01', '\x1bd'], ' acr show', 0],
  ['Ctrl+Y yanks the last kill', ['abc def', '\x17', '\x01', '\x19'], 'defabc ', 3],
  ['Ctrl+Left moves by word', ['az acr show', '\x1b[1;5D'], 'az acr show', 7],
  ['Alt+Left moves by word', ['az acr show', '\x1b[1;3D', '\x1b[1;3D'], 'az acr show', 3],
  ['Alt+B / Alt+F', ['az acr show', '\x1bb', '\x1bb', '\x1bf'], 'az acr show', 6],
  ['Ctrl+Right moves by word', ['az acr show', '\x01', '\x1b[1;5C'], 'az acr show', 2],
  ['Korean: Backspace removes a whole syllable', ['한글', '\x7f'], '한', 1],
  ['Korean: Left moves one syllable', ['한글', LEFT], '한글', 1],
  ['Korean words for Alt+B', ['레지스트리 이름', '\x1bb'], '레지스트리 이름', 6],
  ['combining accent is one character', ['e\u0301x', LEFT, LEFT], 'e\u0301x', 0],
  ['emoji surrogate pair is one character', ['a😀', '\x7f'], 'a', 1],
  ['unknown escape sequences are ignored', ['ab', '\x1b[99~', '\x1b[31m', 'c'], 'abc', 3],
  ['Shift+Left moves like Left', ['ab', '\x1b[1;2D'], 'ab', 1],
];

describe.each(KEY_CASES)('key handling: %s', (_name, inputs, line, cursor) => {
  it('leaves the expected line and cursor, and the screen agrees', () => {
    const t = setupEditor();
    t.feed(...inputs);
    expect(t.ed.line).toBe(line);
    expect(t.ed.cursor).toBe(cursor);
    expect(t.events).toEqual([]);
    expect(t.screen.lines()[0]).toBe(`$ ${line}`.trimEnd());
  });
});

describe('echo and submission', () => {
  it('echoes typed text and submits it on Enter, with a new line', () => {
    const t = setupEditor();
    expect(t.feed('echo hi')).toBe('echo hi');
    t.feed('\r');
    expect(t.submitted()).toEqual(['echo hi']);
    expect(t.ed.state).toBe('busy');
    expect(t.screen.cursor).toEqual({ row: 1, col: 0 });
  });

  it('treats \\r\\n split across two chunks as one Enter', () => {
    const t = setupEditor();
    t.feed('a\r');
    t.ready();
    t.feed('\nb\r');
    expect(t.submitted()).toEqual(['a', 'b']);
  });

  it('an empty line just shows a new prompt', () => {
    const t = setupEditor();
    t.feed('\r', '   \r');
    expect(t.submitted()).toEqual([]);
    expect(t.screen.lines()).toEqual(['$', '$', '$']);
  });

  it('Ctrl+C prints ^C and starts a fresh prompt without submitting', () => {
    const t = setupEditor();
    t.feed('az acr sho', '\x03');
    expect(t.screen.lines()).toEqual(['$ az acr sho^C', '$']);
    expect(t.ed.line).toBe('');
    expect(t.events).toEqual([]);
  });

  it('Ctrl+L clears the screen, redraws the line and reports it', () => {
    const t = setupEditor();
    t.feed('one\r');
    t.ready();
    t.feed('two', '\x0c');
    expect(t.screen.lines()).toEqual(['$ two']);
    expect(t.events.at(-1)).toEqual({ type: 'clear' });
  });

  it('a line left without a newline gets one before the prompt', () => {
    const t = setupEditor();
    t.feed('echo -n hi\r');
    t.screen.write('hi');
    t.ready(false);
    expect(t.screen.lines()).toEqual(['$ echo -n hi', 'hi', '$']);
  });

  it('refuses input past the line limit with a bell, keeping the line', () => {
    const t = setupEditor({ maxLineChars: 10 });
    t.feed('12345', '1234567');
    expect(t.ed.line).toBe('12345');
    expect(t.screen.bells).toBe(1);
  });
});

describe('continuation lines', () => {
  it.each([
    ['an open single quote', ["echo 'a", 'b\'\r'], "echo 'a\nb'"],
    ['an open double quote', ['echo "a', 'b"\r'], 'echo "a\nb"'],
    ['a trailing backslash', ['echo a\\', 'b\r'], 'echo a\\\nb'],
    ['a trailing &&', ['true &&', 'echo b\r'], 'true &&\necho b'],
    ['an open $(', ['x=$(echo', ')\r'], 'x=$(echo\n)'],
  ])('%s asks for more with "> "', (_what, [first, second], full) => {
    const t = setupEditor();
    t.feed(first, '\r');
    expect(t.submitted()).toEqual([]);
    expect(t.screen.lines().at(-1)).toBe('>');
    t.feed(second);
    expect(t.submitted()).toEqual([full]);
  });

  it('Ctrl+C abandons the unfinished command', () => {
    const t = setupEditor();
    t.feed("echo 'a\r", 'b', '\x03', 'ok\r');
    expect(t.submitted()).toEqual(['ok']);
  });

  it('a syntax error is submitted (the shell reports it), not continued', () => {
    const t = setupEditor();
    t.feed('echo a && && b\r');
    expect(t.submitted()).toEqual(['echo a && && b']);
  });
});
