/**
 * Public API of the shell for the lab (xterm glue) and the headless bin. Nothing here touches
 * the DOM or xterm; commands are injected through a ShellHost.
 */
export { Shell, type ShellOptions } from './interpreter';
export { ShellSession, toTerminalNewlines, type ShellSessionOptions } from './session';
export { createCompleter, scanForCompletion, type ArgumentCompleter, type CompletionSources } from './completion';
export { LineEditor, History, type Completer, type Completion, type EditorEvent, type EditorOptions, type EditorStep } from './editor';
export { parse, needsMoreInput, LIMITS, type ParseError, type ParseResult } from './lang';
export { checkShellState } from './state';
export type {
  CommandOutput, ExecContext, ExternalCommand, Locale, OutputChunk, RunOutcome, ShellHost, ShellIo, ShellState,
} from './types';
