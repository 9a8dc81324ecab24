/**
 * Tab completion for the lab shell: reads the line up to the cursor as bash would split it
 * (quotes, backslashes, `;`/`&&`/`|`/`$(` starting a new command), then offers command
 * names for the first word, variable names after `$`, and hands the words of `az ...` or
 * `docker ...` to that command's completer (which reads the same command table as the CLI).
 */
import type { Completer, Completion } from './editor/completion-ui';

/** Completes the last word of `words` (the words after the command name; the last one is partial). */
export type ArgumentCompleter = (words: string[]) => string[];

export interface CompletionSources {
  /** Built-ins and host commands. */
  commandNames: () => string[];
  variableNames?: () => string[];
  /** By command name, e.g. `az` → `(words) => completeAz(words, world)`. */
  argumentCompleters?: ReadonlyMap<string, ArgumentCompleter>;
}

interface Scanned {
  /** Finished words of the current command, unquoted. */
  words: string[];
  /** The word under the cursor, unquoted, and where its source text starts. */
  partial: string;
  partialStart: number;
  /** The quote the partial word opened, if it is still open. */
  quote: "'" | '"' | null;
}

/** Splits `line.slice(0, cursor)` into the words of the command being typed. */
export function scanForCompletion(line: string, cursor: number): Scanned {
  const text = line.slice(0, cursor);
  let words: string[] = [];
  let cur = '';
  let start = -1;
  let quote: "'" | '"' | null = null;
  const endWord = () => {
    if (start >= 0) words.push(cur);
    cur = '';
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      else cur += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '\\' && i + 1 < text.length && '$`"\\'.includes(text[i + 1])) cur += text[++i];
      else cur += c;
    } else if (c === ' ' || c === '\t' || c === '\n') endWord();
    else if (';&|()'.includes(c)) {
      endWord();
      words = [];
    } else {
      if (start < 0) start = i;
      if (c === "'" || c === '"') quote = c;
      else if (c === '\\' && i + 1 < text.length) cur += text[++i];
      else if (c === '$' && text[i + 1] === '(') continue;
      else cur += c;
    }
  }
  // `NAME=value` words before the command only set its environment.
  while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) words.shift();
  return { words, partial: cur, partialStart: start < 0 ? text.length : start, quote };
}

/** Characters that must be escaped for a completed word to stay one word. */
const SPECIAL = /[\s'"\\$`;&|()<>#]/g;

function quoteFor(value: string, quote: "'" | '"' | null, complete: boolean): string {
  if (quote) return quote + value + (complete ? quote : '');
  return value.replace(SPECIAL, (c) => `\\${c}`);
}

export function createCompleter(sources: CompletionSources): Completer {
  return (line: string, cursor: number): Completion => {
    const s = scanForCompletion(line, cursor);
    let candidates: string[];
    // `$NAME` anywhere in a word (even inside double quotes) completes a variable name.
    const variable = /\$(\{?)([A-Za-z_][A-Za-z_0-9]*)?$/.exec(line.slice(0, cursor));
    if (variable && s.quote !== "'" && line[cursor - variable[0].length - 1] !== '\\') {
      const [whole, brace, prefix = ''] = variable;
      const names = (sources.variableNames?.() ?? []).filter((n) => n.startsWith(prefix)).sort();
      return { replaceFrom: cursor - whole.length, candidates: names.map((n) => (brace ? `\${${n}}` : `$${n}`)) };
    }
    if (s.words.length === 0) {
      candidates = sources.commandNames().filter((n) => n.startsWith(s.partial));
    } else {
      const complete = sources.argumentCompleters?.get(s.words[0]);
      const offered = complete ? complete([...s.words.slice(1), s.partial]) : [];
      candidates = offered.filter((c) => c.startsWith(s.partial));
    }
    const unique = [...new Set(candidates)].sort();
    const quoted = unique.map((c) => quoteFor(c, s.quote, unique.length === 1));
    return { replaceFrom: s.partialStart, candidates: quoted };
  };
}
