/**
 * What az 2.45 prints under a parse error (azure-cli core `command_recommender.py`, offline):
 * the recommendation lines, then up to three of the command's own help examples ranked by how
 * many options they share with what was typed, then the reference link.
 */
import type { ArgDef, Example } from '../types';
import type { ParseFailure } from './parse-error';

const CLI_REFERENCE = 'https://aka.ms/cli_ref';
const READ_MORE = 'Read more about the command in reference docs';
const EXAMPLES_HEADING = 'Examples from AI knowledge base:';

/** az's terminal colours for this block (azure-cli `style.py`, dark theme). */
const C = { error: '\x1b[91m', action: '\x1b[94m', secondary: '\x1b[90m', link: '\x1b[96m', reset: '\x1b[0m' };

export interface CommandInfo {
  examples: Example[];
  args: ArgDef[];
}

/** azure-cli `_extract_parameter_names` + `_normalize_parameters`: long names of known options, sorted. */
function normalizedParams(words: readonly string[], args: readonly ArgDef[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (!w.startsWith('-') || w.length < 2) continue;
    const name = w.startsWith('--') ? w.split('=')[0] : w.slice(0, 2);
    const arg = args.find((a) => a.options.includes(name));
    if (arg) out.push(arg.options[0]);
  }
  return out.sort();
}

function stripCommand(command: string): string {
  return command.replace(/\\\n/g, '').split(' ').filter((w) => w !== '').join(' ').trim();
}

/** The (at most three) examples az would show, best first. */
export function rankExamples(f: ParseFailure, lookup: (path: string) => CommandInfo | undefined): Example[] {
  const info = lookup(f.examplesOf);
  if (!info) return [];
  // Options are normalised with the typed command's table; a misspelled command has none.
  const mapping = lookup(f.typedCommand)?.args ?? [];
  const typed = normalizedParams(f.typedArgs, mapping);
  const scored = info.examples.map((e, index) => {
    const command = stripCommand(e.command);
    const params = normalizedParams(command.split(' '), mapping);
    const matches = command.startsWith(`az ${f.typedCommand}`) ? params.filter((p) => typed.includes(p)).length : -1;
    return { e: { summary: e.summary, command }, matches, size: params.length, index };
  });
  scored.sort((a, b) => b.matches - a.matches || a.size - b.size || a.index - b.index);
  return scored.slice(0, 3).map((s) => s.e);
}

function highlight(command: string): string {
  // Command words and option names in the action colour, values plain (azure-cli `highlight_command`).
  let argsBegan = false;
  const parts = command.split(' ').map((word, i) => {
    const spaced = i === 0 ? word : ` ${word}`;
    if (word.startsWith('-') && !word.includes('=')) {
      argsBegan = true;
      return `${C.action}${spaced}`;
    }
    if (!argsBegan && !word.includes('=')) return `${C.action}${spaced}`;
    return `${C.reset}${spaced}`;
  });
  return `${parts.join('')}${C.reset}`;
}

/** The stderr text of a parse error, each line ending with a newline. */
export function renderParseError(f: ParseFailure, lookup: (path: string) => CommandInfo | undefined, isTty: boolean): string {
  const lines = [isTty ? `${C.error}ERROR: ${f.message}${C.reset}` : `ERROR: ${f.message}`, ...f.recommendations];
  // Errors about --query get the query link instead of examples (azure-cli `parser.py` `error`).
  const aboutQuery = f.message.includes('--query');
  if (!aboutQuery) {
    lines.push('', EXAMPLES_HEADING);
    for (const e of rankExamples(f, lookup)) {
      lines.push(isTty ? highlight(e.command) : e.command, isTty ? `${C.secondary}${e.summary}${C.reset}` : e.summary, '');
    }
    lines.push(isTty ? `${C.link}${CLI_REFERENCE}${C.reset}` : CLI_REFERENCE, isTty ? `${C.secondary}${READ_MORE}${C.reset}` : READ_MORE);
  }
  return lines.map((l) => `${l}\n`).join('');
}
