/**
 * The editor and shell together, as the lab's terminal uses them: multi-line paste runs
 * every line in order, input typed during a command waits, Ctrl+C cancels a streaming command.
 */
import { describe, expect, it } from 'vitest';
import { ShellSession } from '../../../src/shell/session';
import type { Sleep } from '../../../src/shell/sink';
import type { ExternalCommand } from '../../../src/shell/types';
import { chunksOf, makeShell } from './helpers/fake-host';
import { Screen } from './helpers/screen';

/** A timer the test releases by hand (or that an abort releases). */
function manualClock() {
  const waiting: Array<() => void> = [];
  const sleep: Sleep = (_ms, signal) =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      signal.addEventListener('abort', () => resolve(), { once: true });
    });
  return { sleep, waiting, tick: () => waiting.shift()?.() };
}

function setup(commands: Record<string, ExternalCommand> = {}, sleep?: Sleep) {
  const shell = makeShell(commands, { paced: sleep !== undefined, sleep });
  const screen = new Screen(80);
  const done: Array<[string, number]> = [];
  const session = new ShellSession({ shell, write: (d) => screen.write(d), onCommandDone: (line, o) => done.push([line, o.exitCode]) });
  session.start();
  return { shell, screen, session, done };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('multi-line paste', () => {
  it('runs every line in order, each echoed after a prompt as if typed', async () => {
    const t = setup();
    t.session.input('echo one\recho two\recho three\r');
    await t.session.whenIdle();
    expect(t.screen.lines()).toEqual(['$ echo one', 'one', '$ echo two', 'two', '$ echo three', 'three', '$']);
    expect(t.done.map(([l]) => l)).toEqual(['echo one', 'echo two', 'echo three']);
  });

  it('keeps a trailing partial line in the buffer, unsent', async () => {
    const t = setup();
    t.session.input('echo a\necho b\necho par');
    await t.session.whenIdle();
    expect(t.done.map(([l]) => l)).toEqual(['echo a', 'echo b']);
    expect(t.session.editor.line).toBe('echo par');
    expect(t.screen.lines().at(-1)).toBe('$ echo par');
  });

  it('loses no line when 200 lines are pasted at once (CRLF)', async () => {
    const t = setup();
    const lines = Array.from({ length: 200 }, (_, i) => `echo line${i}`);
    t.session.input(`${lines.join('\r\n')}\r\n`);
    await t.session.whenIdle();
    expect(t.done.map(([l]) => l)).toEqual(lines);
  });

  it('waits for a slow command before running the next pasted line', async () => {
    const clock = manualClock();
    const slow: ExternalCommand = () => ({ exitCode: 0, chunks: [{ stream: 'stdout', text: 'slow done\n', delayMs: 1000 }] });
    const t = setup({ slow }, clock.sleep);
    t.session.input('slow\recho after\r');
    await flush();
    expect(t.done).toEqual([]);
    expect(t.screen.lines()).toEqual(['$ slow']);
    clock.tick();
    await t.session.whenIdle();
    expect(t.screen.lines()).toEqual(['$ slow', 'slow done', '$ echo after', 'after', '$']);
  });

  it('runs a pasted multi-line command (open quote) as one command', async () => {
    const t = setup();
    t.session.input("echo 'a\rb'\r");
    await t.session.whenIdle();
    expect(t.screen.lines()).toEqual(["$ echo 'a", "> b'", 'a', 'b', '$']);
  });
});

describe('Ctrl+C', () => {
  it('cancels a streaming command: remaining chunks dropped, ^C printed, status 130', async () => {
    const clock = manualClock();
    const stream: ExternalCommand = () => ({
      exitCode: 0,
      chunks: Array.from({ length: 5 }, (_, i) => ({ stream: 'stdout' as const, text: `step ${i}\n`, delayMs: 500 })),
    });
    const t = setup({ stream }, clock.sleep);
    t.session.input('stream\r');
    await flush();
    clock.tick();
    await flush();
    clock.tick();
    await flush();
    expect(t.screen.lines()).toEqual(['$ stream', 'step 0', 'step 1']);
    t.session.input('echo typed-ahead\r');
    t.session.input('\x03');
    await t.session.whenIdle();
    expect(t.screen.lines()).toEqual(['$ stream', 'step 0', 'step 1', '^C', '$']);
    expect(t.shell.status).toBe(130);
    expect(t.done).toEqual([['stream', 130]]);
    expect(clock.waiting.length).toBeLessThanOrEqual(1);
  });

  it('cancels an async command through its AbortSignal', async () => {
    let sawAbort = false;
    const hang: ExternalCommand = (_args, ctx) =>
      new Promise((resolve) => ctx.signal.addEventListener('abort', () => ((sawAbort = true), resolve(chunksOf('late\n')))));
    const t = setup({ hang });
    t.session.input('hang\r');
    await flush();
    t.session.input('\x03');
    await t.session.whenIdle();
    expect(sawAbort).toBe(true);
    expect(t.screen.lines()).toEqual(['$ hang', '^C', '$']);
  });
});

describe('default pacing timer', () => {
  it('honours delayMs and stops waiting the moment Ctrl+C arrives', async () => {
    const shell = makeShell({ wait: () => ({ exitCode: 0, chunks: [{ stream: 'stdout', text: 'never\n', delayMs: 60_000 }] }) }, { paced: true });
    const controller = new AbortController();
    let out = '';
    const started = performance.now();
    const run = shell.run('wait', (c) => void (out += c.text), controller.signal);
    setTimeout(() => controller.abort(), 20);
    const outcome = await run;
    expect(outcome).toMatchObject({ exitCode: 130, interrupted: true });
    expect(out).toBe('^C\n');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('terminal output', () => {
  it('converts command newlines for the terminal and starts the prompt on a fresh line', async () => {
    const t = setup();
    t.session.input('echo -n partial\r');
    await t.session.whenIdle();
    expect(t.screen.lines()).toEqual(['$ echo -n partial', 'partial', '$']);
  });
});
