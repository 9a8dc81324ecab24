/**
 * Syntax tree of the supported shell subset: simple commands joined by `;`, newlines,
 * `&&` and `||`. Words keep their parts so expansion can tell quoted text from text that is
 * word-split, as bash does.
 */

/** Operators of `${name<op>word}`; `colon` also treats an empty value as unset. */
export type ParamTest = '-' | '=' | '+' | '?';

export type ParamOp = { type: 'length' } | { type: 'test'; test: ParamTest; colon: boolean; word: Word };

export type WordPart =
  /** Literal text; `quoted` when it came from quotes or a backslash escape. */
  | { kind: 'lit'; text: string; quoted: boolean }
  /** `$name`, `${name}`, `$?`, `${#name}`, `${name:-word}`... */
  | { kind: 'param'; name: string; quoted: boolean; op?: ParamOp }
  /** `$(...)` or backquotes. */
  | { kind: 'subst'; body: List; quoted: boolean }
  /** A `${...}` rejected when run: invalid in bash (`bad substitution`) or a form this shell lacks. */
  | { kind: 'bad'; raw: string; quoted: boolean; reason: 'bad' | 'unsupported' };

export interface Word {
  parts: WordPart[];
  /** Source text of the word, for messages. */
  raw: string;
}

/** `NAME=value` or `NAME+=value` before a command (or alone). */
export interface Assignment {
  name: string;
  append: boolean;
  value: Word;
}

export interface SimpleCommand {
  assigns: Assignment[];
  words: Word[];
}

export interface AndOr {
  first: SimpleCommand;
  rest: Array<{ op: '&&' | '||'; command: SimpleCommand }>;
}

/** Commands separated by `;` or newlines. */
export type List = AndOr[];
