/**
 * Parse failures as values. `incomplete` means more input could complete the line
 * (open quote, trailing `\` or `&&`): the interactive editor then asks for a continuation
 * line with `> `, while at end of input the message is printed as bash prints it.
 */
export interface ParseError {
  kind: 'syntax' | 'unsupported' | 'limit';
  /** Text after the `bash: ` prefix, e.g. "syntax error near unexpected token `&&'". */
  message: string;
  incomplete: boolean;
}

/** Thrown inside the parser only; `parse()` turns it into a value. */
export class ParseFailure {
  constructor(readonly error: ParseError) {}
}

export function syntaxError(token: string): ParseFailure {
  return new ParseFailure({ kind: 'syntax', message: `syntax error near unexpected token \`${token}'`, incomplete: false });
}

/** Unterminated quote, `$(`, `${` or backquote: bash names the character it was looking for. */
export function unmatched(ch: string): ParseFailure {
  return new ParseFailure({
    kind: 'syntax',
    message: `unexpected EOF while looking for matching \`${ch}'`,
    incomplete: true,
  });
}

/** Input ended after `&&`, `||` or a trailing backslash. */
export function unexpectedEof(): ParseFailure {
  return new ParseFailure({ kind: 'syntax', message: 'syntax error: unexpected end of file', incomplete: true });
}

export function unsupported(what: string, why: string): ParseFailure {
  return new ParseFailure({ kind: 'unsupported', message: `${what}: ${why} are not supported in this lab shell`, incomplete: false });
}

export function limitError(message: string): ParseFailure {
  return new ParseFailure({ kind: 'limit', message, incomplete: false });
}

/**
 * A failure while running a command line (bad substitution, value too large...). Thrown only
 * inside the interpreter, which prints `bash: <message>` and sets `$?` to `status`.
 */
export class ShellError {
  constructor(
    readonly message: string,
    readonly status: number,
    /** Interactive bash abandons the rest of the line after a parameter expansion error. */
    readonly abortsLine = false,
  ) {}
}
