/** A recording terminal for backend tests (the in-page simulator and the sandbox). */
import type { TerminalLike } from '~/lab/backend';

/** A terminal that records what it is sent and lets the test type. */
export function fakeTerminal() {
  // xterm keeps every onData listener, so a backend that forgot to let go would still hear keys.
  const listeners = new Set<(data: string) => void>();
  const term = {
    cols: 100,
    rows: 30,
    output: '',
    resets: 0,
    write(data: string) {
      term.output += data;
    },
    onData(cb: (data: string) => void) {
      listeners.add(cb);
      return { dispose: () => void listeners.delete(cb) };
    },
    reset() {
      term.resets += 1;
      term.output = '';
    },
    type: (data: string) => listeners.forEach((cb) => cb(data)),
  };
  return term satisfies TerminalLike & { type(data: string): void };
}

/** Plain text of terminal output: no escape sequences, no bells. */
export const plain = (text: string) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\x07/g, '');
