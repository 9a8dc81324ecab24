/**
 * What reaches xterm while hostile text is typed or pasted at the prompt. The line editor may
 * write its own cursor moves and a bell, but never a sequence that came from the input (an OSC
 * title or hyperlink, a DCS, colours, 8-bit C1 controls): xterm would act on those. The line
 * that runs holds no escape byte either, so it cannot reach the history or the saved session raw.
 */
import { describe, expect, it } from 'vitest';
import type { World } from '../../../src/model';
import { createAzHost } from '../../../src/shell/az-host';
import { Shell } from '../../../src/shell/interpreter';
import { ShellSession } from '../../../src/shell/session';
import { checkShellState } from '../../../src/shell/state';
import { HANG_MS } from './checks';
import { seededWorld } from './corpus';

function setup() {
  let world: World = seededWorld();
  const { host, argumentCompleters } = createAzHost({ get: () => world, set: (next) => void (world = next) });
  const shell = new Shell({ host, paced: false, isTty: true });
  let written = '';
  const session = new ShellSession({ shell, write: (d) => void (written += d), cols: 80, argumentCompleters });
  session.start();
  return {
    shell,
    session,
    /** Output since the last call. */
    take: () => {
      const out = written;
      written = '';
      return out;
    },
  };
}

/** The editor's own output: cursor up/down/right, erase to end, CR/LF, bell. */
const EDITOR_OWN = /\x1b\[\d*[ABCJK]|\r|\n|\x07/g;
/** C0 controls, DEL and C1 controls (0x80-0x9f, which xterm.js treats like ESC + letter). */
const CONTROL = /[\x00-\x1f\x7f-\x9f]/;

const PAYLOADS: Array<[string, string]> = [
  ['an OSC window title', 'echo \x1b]0;pwned\x07 x'],
  ['an OSC 8 hyperlink', 'echo \x1b]8;;https://evil.example\x07link\x1b]8;;\x07'],
  ['SGR colours', 'echo \x1b[31mred\x1b[0m'],
  ['a DCS sixel string', 'echo \x1bPq#0;2;0;0;0#0~~\x1b\\ dcs'],
  ['8-bit CSI and OSC', 'echo \x9b2J \x9d0;t\x9c c1'],
  ['clear screen and cursor home', 'echo \x1b[2J\x1b[H gone'],
  ['NUL and other C0 bytes', 'echo a\x00b\x0ec\x0fd'],
  ['markup', 'echo <img src=x onerror=alert(1)>'],
];

describe('typing hostile bytes at the prompt', () => {
  it.each(PAYLOADS)(
    '%s: the echo carries no sequence from the input',
    async (_what, payload) => {
      const t = setup();
      t.take();
      t.session.input(payload);
      const echo = t.take();
      expect(echo.replace(EDITOR_OWN, '')).not.toMatch(CONTROL);
      t.session.input('\r');
      await t.session.whenIdle();
      const line = t.shell.history.at(t.shell.history.length - 1) ?? '';
      expect(line).not.toMatch(CONTROL);
      expect(checkShellState(JSON.parse(JSON.stringify(t.shell.exportState()))).ok).toBe(true);
    },
    HANG_MS,
  );

  it('a pasted 100 KB line is refused with a bell and leaves a usable prompt', async () => {
    const t = setup();
    t.take();
    t.session.input(`az acr show -n ${'a'.repeat(100 * 1024)}`);
    expect(t.take()).toContain('\x07');
    t.session.input('\x15az acr show -n myregistry --query name -o tsv\r');
    await t.session.whenIdle();
    expect(t.take()).toContain('myregistry\r\n$ ');
  }, HANG_MS);
});
