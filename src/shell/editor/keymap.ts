/**
 * Which editing action a key sequence means: readline's emacs bindings plus the sequences
 * xterm sends for arrows, Home/End and Delete (normal and application cursor modes, with
 * Ctrl/Alt modifiers).
 */

export type Action =
  | 'accept' | 'backspace' | 'deleteChar' | 'left' | 'right' | 'wordLeft' | 'wordRight' | 'home' | 'end'
  | 'historyPrev' | 'historyNext' | 'complete' | 'interrupt' | 'clearScreen' | 'searchBackward' | 'abort'
  | 'killToStart' | 'killToEnd' | 'killWordBack' | 'killWordBackAlnum' | 'killWordForward' | 'yank' | 'ignore';

const KEYMAP: ReadonlyMap<string, Action> = new Map<string, Action>([
  ['\r', 'accept'],
  ['\x7f', 'backspace'], ['\x08', 'backspace'],
  ['\x04', 'deleteChar'], ['\x1b[3~', 'deleteChar'],
  ['\x02', 'left'], ['\x06', 'right'],
  ['\x01', 'home'], ['\x05', 'end'],
  ['\x10', 'historyPrev'], ['\x0e', 'historyNext'],
  ['\t', 'complete'],
  ['\x03', 'interrupt'],
  ['\x0c', 'clearScreen'],
  ['\x12', 'searchBackward'],
  ['\x07', 'abort'],
  ['\x15', 'killToStart'], ['\x0b', 'killToEnd'], ['\x17', 'killWordBack'],
  ['\x1b\x7f', 'killWordBackAlnum'], ['\x1b\x08', 'killWordBackAlnum'], ['\x1bd', 'killWordForward'],
  ['\x1b[3;5~', 'killWordForward'], ['\x1b[3;3~', 'killWordForward'],
  ['\x19', 'yank'],
  ['\x1bb', 'wordLeft'], ['\x1bf', 'wordRight'],
  ['\x1b[1~', 'home'], ['\x1b[7~', 'home'], ['\x1b[4~', 'end'], ['\x1b[8~', 'end'],
]);

/** Final byte of a cursor-key sequence → action without and with Ctrl/Alt. */
const CURSOR: Record<string, [Action, Action]> = {
  A: ['historyPrev', 'historyPrev'],
  B: ['historyNext', 'historyNext'],
  C: ['right', 'wordRight'],
  D: ['left', 'wordLeft'],
  H: ['home', 'home'],
  F: ['end', 'end'],
};

export function actionFor(seq: string): Action {
  const mapped = KEYMAP.get(seq);
  if (mapped) return mapped;
  // `\x1b[D`, `\x1bOD` (application mode), `\x1b[1;5D` (Ctrl), `\x1b[1;3D` (Alt), `\x1b[5D` (old xterm).
  const m = /^\x1b(?:\[(?:1;)?([0-9]*)|O)([ABCDHF])$/.exec(seq);
  if (!m) return 'ignore';
  const modifier = Number(m[1] || '1') - 1;
  const withCtrlOrAlt = (modifier & 0b110) !== 0;
  return CURSOR[m[2]][withCtrlOrAlt ? 1 : 0];
}
