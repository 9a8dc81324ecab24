/**
 * Hard bounds on what the shell accepts, so hostile or accidental input (a 100 KB paste,
 * 1000-deep `$(...)`, `x=$x$x` doubling) fails fast with a message instead of hanging the tab.
 */
export const LIMITS = {
  /** Characters in one command line (after continuation lines are joined). */
  maxInputChars: 65_536,
  /** Nesting of `$(...)`, backquotes and `${...}` (bash has no small limit; a browser tab does). */
  maxNesting: 32,
  /** Words and operators in one command line. */
  maxTokens: 10_000,
  /** Characters in one expanded word, variable value or captured `$(...)` output. */
  maxValueChars: 1_048_576,
  /** Shell variables held at once (they are persisted with the lab state). */
  maxVariables: 1_000,
} as const;
