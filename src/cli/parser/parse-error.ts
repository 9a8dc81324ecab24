/**
 * Parse failures as values. Besides the message, a failure carries what az prints after it:
 * direct recommendation lines ("Did you mean 'list' ?", the --query reference) and which
 * command's examples to recommend (azure-cli core `parser.py` + `command_recommender.py`).
 */
import { QUERY_REFERENCE } from '../errors';

export interface ParseFailure {
  message: string;
  /** Lines printed right under the error. */
  recommendations: string[];
  /** Command path whose declared examples are offered; `''` offers none (the root has none). */
  examplesOf: string;
  /** Command name the user typed (examples starting with it rank first). */
  typedCommand: string;
  /** The user's words after the command path, to rank examples by shared options. */
  typedArgs: string[];
}

/** Exit code of every parse error (facts §7). */
export const PARSE_ERROR_EXIT = 2;

/** Build a failure; errors about --query get az's query link instead of examples. */
export function parseFailure(
  message: string,
  where: { examplesOf: string; typedCommand?: string; typedArgs?: string[] },
  recommendations: string[] = [],
): ParseFailure {
  const recs = message.includes('--query') ? [...recommendations, QUERY_REFERENCE] : recommendations;
  return {
    message,
    recommendations: recs,
    examplesOf: where.examplesOf,
    typedCommand: where.typedCommand ?? where.examplesOf,
    typedArgs: where.typedArgs ?? [],
  };
}

/**
 * Python's `repr()` of a string, used by argparse in `invalid jmespath_type value: '[?'`:
 * single quotes unless the text contains a single quote and no double quote.
 */
export function pythonRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let body = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') body += '\\\\';
    else if (ch === quote) body += `\\${quote}`;
    else if (ch === '\n') body += '\\n';
    else if (ch === '\r') body += '\\r';
    else if (ch === '\t') body += '\\t';
    else if (code < 0x20 || code === 0x7f) body += `\\x${code.toString(16).padStart(2, '0')}`;
    else body += ch;
  }
  return `${quote}${body}${quote}`;
}
