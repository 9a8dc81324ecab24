/** The line editor: a terminal-free state machine plus its parts. */
export { LineEditor } from './editor';
export type { EditorEvent, EditorOptions, EditorStep } from './editor-core';
export { History, HistoryCursor } from './history';
export type { Completer, Completion } from './completion-ui';
export { graphemes, stringWidth } from './width';
