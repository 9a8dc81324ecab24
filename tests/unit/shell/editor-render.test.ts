/**
 * Cursor math on a narrow screen: wrapping, wide (Korean) characters and redraws must put
 * the text and the cursor where a terminal shows them. Checked with the test screen emulator.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setupEditor } from './helpers/editor-setup';
import { place } from '../../../src/shell/editor/render';
import { stringWidth } from '../../../src/shell/editor/width';

describe('cell widths', () => {
  it.each([
    ['abc', 3],
    ['한글', 4],
    ['가나다abc', 9],
    ['e\u0301', 1],
    ['ｆｕｌｌ', 8],
    ['\x1b[32m$ \x1b[0m', 2],
  ])('%j takes %i cells', (text, width) => {
    expect(stringWidth(text)).toBe(width);
  });

  it('a wide character that does not fit in the last column wraps', () => {
    expect(place([1, 1, 2], 3)).toEqual([{ row: 0, col: 0 }, { row: 0, col: 1 }, { row: 1, col: 0 }, { row: 1, col: 2 }]);
  });
});

describe('wrapping', () => {
  it('a long line wraps and Home/End find both ends', () => {
    const t = setupEditor({ cols: 10 });
    t.feed('abcdefghijklmnopqrstuvw');
    expect(t.screen.lines()).toEqual(['$ abcdefgh', 'ijklmnopqr', 'stuvw']);
    expect(t.screen.cursor).toEqual({ row: 2, col: 5 });
    t.feed('\x01');
    expect(t.screen.cursor).toEqual({ row: 0, col: 2 });
    t.feed('\x05');
    expect(t.screen.cursor).toEqual({ row: 2, col: 5 });
  });

  it('filling a row exactly puts the cursor at the start of the next row', () => {
    const t = setupEditor({ cols: 10 });
    t.feed('abcdefgh');
    expect(t.screen.cursor).toEqual({ row: 1, col: 0 });
    t.feed('i');
    expect(t.screen.lines()).toEqual(['$ abcdefgh', 'i']);
  });

  it('Korean text wraps by cells and the cursor moves by syllables', () => {
    const t = setupEditor({ cols: 10 });
    t.feed('가나다라마');
    expect(t.screen.lines()).toEqual(['$ 가나다라', '마']);
    expect(t.screen.cursor).toEqual({ row: 1, col: 2 });
    t.feed('\x1b[D', '\x1b[D');
    expect(t.screen.cursor).toEqual({ row: 0, col: 8 });
  });

  it('a wide character at the last column moves to the next row', () => {
    const t = setupEditor({ cols: 5 });
    t.feed('ab한');
    expect(t.screen.lines()).toEqual(['$ ab', '한']);
    expect(t.screen.cursor).toEqual({ row: 1, col: 2 });
  });

  it('editing in the middle of a wrapped line redraws it and clears leftovers', () => {
    const t = setupEditor({ cols: 10 });
    t.feed('abcdefghijklmnop', '\x01', '\x1b[3~', '\x1b[3~', '\x1b[3~');
    expect(t.screen.lines()).toEqual(['$ defghijk', 'lmnop']);
    expect(t.screen.cursor).toEqual({ row: 0, col: 2 });
    t.feed('\x15');
    expect(t.screen.lines()).toEqual(['$ defghijk', 'lmnop']);
    t.feed('\x0b');
    expect(t.screen.lines()).toEqual(['$']);
  });

  it('resize redraws for the new width', () => {
    const t = setupEditor({ cols: 20 });
    t.feed('abcdefghij');
    const step = t.ed.resize(8);
    expect(step.output).toContain('abcdefghij');
    expect(t.ed.line).toBe('abcdefghij');
  });

  it('random edits keep screen and editor in agreement', () => {
    const keys = fc.constantFrom('a', '한', 'é', ' ', '\x1b[D', '\x1b[C', '\x7f', '\x01', '\x05', '\x17', '\x1b[3~', '\x1bb', '\x1bf', '\x0b', '\x19');
    fc.assert(
      fc.property(fc.array(keys, { maxLength: 60 }), fc.integer({ min: 4, max: 12 }), (inputs, cols) => {
        const t = setupEditor({ cols });
        t.feed(...inputs);
        const expected = setupEditor({ cols });
        expected.feed(t.ed.line);
        // The screen shows exactly what typing the final line from scratch shows...
        expect(t.screen.lines()).toEqual(expected.screen.lines());
        // ...and the cursor is where moving there from the end puts it.
        for (let i = t.ed.line.length; i > t.ed.cursor; ) {
          expected.feed('\x1b[D');
          i = expected.ed.cursor;
        }
        expect(t.screen.cursor).toEqual(expected.screen.cursor);
      }),
      { numRuns: 300 },
    );
  });
});
