/**
 * Hostile input must fail fast with a message: huge lines, deep nesting, control characters,
 * escape sequences. Nothing may throw or hang, in the parser, the interpreter or the editor.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineEditor } from '../../../src/shell/editor/editor';
import { parse } from '../../../src/shell/lang/parser';
import { chunksOf, makeShell, runLines } from './helpers/fake-host';

const echoAz = makeShell({ az: (args) => chunksOf(`${args.join(' ')}\n`) });

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

describe('limits', () => {
  it.each([
    ['a 100 KB line', `echo ${'a'.repeat(100_000)}`, 'input line too long'],
    ['1000-deep $(...)', `${'$('.repeat(1000)}echo${')'.repeat(1000)}`, 'nested too deeply'],
    ['1000-deep ${x:-...}', `echo ${'${x:-'.repeat(1000)}a${'}'.repeat(1000)}`, 'nested too deeply'],
    ['an odd number of backquotes', `echo ${'`echo '.repeat(41)}`, 'unexpected EOF'],
    ['deep $( inside backquotes', `echo \`${'$('.repeat(100)}\``, 'nested too deeply'],
    ['20000 words', `echo ${'a '.repeat(20_000)}`, 'too complex'],
  ])('%s gives an error quickly', async (_what, line, message) => {
    const [out, ms] = await timed(() => runLines(makeShell(), line));
    expect(out.stderr).toContain(message);
    expect(out.exitCode).not.toBe(0);
    expect(ms).toBeLessThan(1000);
  });

  it('doubling a variable stops at the value size limit', async () => {
    const line = `x=aaaaaaaaaaaaaaaa; ${'x=$x$x$x$x; '.repeat(12)}echo done`;
    const [out, ms] = await timed(() => runLines(makeShell(), line));
    expect(out.stderr).toContain('too large');
    expect(ms).toBeLessThan(3000);
  });

  it('a string of newlines before text in $(...) output is trimmed in linear time', async () => {
    const shell = makeShell({ big: () => chunksOf(`${'\n'.repeat(200_000)}x${'\n'.repeat(200_000)}`) });
    const [out, ms] = await timed(() => runLines(shell, 'v=$(big); echo ${#v}'));
    expect(out.stdout).toBe('200001\n');
    expect(ms).toBeLessThan(1000);
  });

  it('control characters and escape sequences are ordinary word characters', async () => {
    const out = await runLines(makeShell(), "echo $'\\x01\\x1b[31mred'");
    expect(out.stdout).toBe('\x01\x1b[31mred\n');
  });
});

describe('any input', () => {
  it('parse never throws and always answers', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const r = parse(s);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('shell syntax soup parses without throwing', () => {
    const piece = fc.constantFrom('$(', ')', '${', '}', '`', "'", '"', '\\', '\n', ';', '&&', '||', '|', '#', ' ', 'x', '=', '$', ':-', '$?', '&', '<', '(');
    fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), (parts) => void parse(parts.join(''))), { numRuns: 3000 });
  });

  it('running any line resolves within a bound and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme-ascii', maxLength: 120 }), async (s) => {
        const [out, ms] = await timed(() => runLines(echoAz, s));
        expect(Number.isInteger(out.exitCode)).toBe(true);
        expect(ms).toBeLessThan(500);
      }),
      { numRuns: 500 },
    );
  });

  it('the editor accepts any raw input without throwing and keeps a valid cursor', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 20 }), fc.integer({ min: 1, max: 120 }), (chunks, cols) => {
        const ed = new LineEditor({ cols, completer: () => ({ replaceFrom: 0, candidates: ['a', 'ab'] }) });
        ed.ready();
        for (const chunk of chunks) {
          const step = ed.feed(chunk);
          expect(typeof step.output).toBe('string');
          if (ed.state === 'busy') ed.ready();
        }
        expect(ed.cursor).toBeGreaterThanOrEqual(0);
        expect(ed.cursor).toBeLessThanOrEqual(ed.line.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('a 100 KB paste into the editor is refused fast without freezing', () => {
    const ed = new LineEditor();
    ed.ready();
    const start = performance.now();
    const step = ed.feed('x'.repeat(100_000));
    expect(step.output).toContain('\x07');
    expect(ed.line).toBe('');
    expect(performance.now() - start).toBeLessThan(500);
  });
});
