/**
 * `-o json|jsonc|yaml|yamlc`. JSON: keys sorted at every level, indent 2 (facts §2, §7; knack
 * `format_json`). YAML: PyYAML `safe_dump` style (sorted keys, list items not indented under
 * their key, YAML 1.1 words such as `yes` quoted, `...` after a bare scalar document).
 * The coloured variants only colour on a terminal, as az does (`enable_color`).
 */
import { emitYaml } from './yaml-emit';
import { sortedCopy } from './query';

/** Pygments TerminalFormatter colours that az uses for jsonc/yamlc (dark theme). */
const KEY = '\x1b[94m';
const STRING = '\x1b[33m';
const LITERAL = '\x1b[34m';
const RESET = '\x1b[39;49;00m';

/** Sorted, indented JSON with a final newline. */
export function formatJson(result: unknown): string {
  return `${JSON.stringify(sortedCopy(result), null, 2)}\n`;
}

/** JSON with keys, strings and literals coloured. */
export function formatJsonColor(result: unknown): string {
  const text = formatJson(result);
  const token = /("(?:[^"\\]|\\.)*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)/g;
  return text.replace(token, (m, str: string | undefined, colon: string | undefined, lit: string | undefined, num: string | undefined) => {
    if (str !== undefined) return colon ? `${KEY}${str}${RESET}${colon}` : `${STRING}${str}${RESET}`;
    if (lit !== undefined || num !== undefined) return `${LITERAL}${m}${RESET}`;
    return m;
  });
}

/** PyYAML-like YAML text. */
export function formatYaml(result: unknown): string {
  return emitYaml(sortedCopy(result));
}

/** YAML with mapping keys coloured. */
export function formatYamlColor(result: unknown): string {
  return formatYaml(result).replace(/^(\s*(?:- )*)([^\s:'"-][^:\n]*|'[^'\n]*')(:)(?=\s|$)/gm, (_m, lead: string, key: string, colon: string) => `${lead}${KEY}${key}${RESET}${colon}`);
}
