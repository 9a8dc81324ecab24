/**
 * A small YAML emitter in the style of PyYAML's `safe_dump(default_flow_style=False)`, which is
 * what az's `-o yaml` prints: block style, list items not indented under their key, strings
 * quoted only where YAML 1.1 would read them as something else.
 * Hand-written because the general `yaml` package would triple the terminal's download for
 * one output format (budget: issue 9).
 */

/** YAML 1.1 words, numbers and timestamps that a plain scalar would turn into non-strings. */
const RESOLVES_AS_OTHER = [
  /^(?:true|false|yes|no|on|off|null|~)$/i,
  /^[-+]?(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][-+]?\d+)?$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^[-+]?\.(?:inf|nan)$/i,
  /^\d{4}-\d\d?-\d\d?(?:[Tt ]|$)/,
  /^[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.\d*)?$/,
];

function needsQuotes(s: string): boolean {
  if (s === '' || s !== s.trim()) return true;
  if (RESOLVES_AS_OTHER.some((re) => re.test(s))) return true;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) && !/^[-?:][^\s]/.test(s)) return true;
  if (/^[-?:]$/.test(s)) return true;
  return /: |:$| #|[,[\]{}]/.test(s) && /: |:$| #/.test(s);
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  const s = String(value);
  // Non-printable characters and line breaks: PyYAML switches to a double-quoted scalar.
  if (/[\x00-\x1f\x7f-\x9f\u2028\u2029]/.test(s)) return JSON.stringify(s);
  return needsQuotes(s) ? `'${s.replace(/'/g, "''")}'` : s;
}

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Lines of a node placed after `key:` or `- ` (returns the inline text or a block). */
function node(value: unknown, indent: string): { inline: string } | { block: string[] } {
  if (Array.isArray(value)) return value.length ? { block: seq(value, indent) } : { inline: '[]' };
  if (isMap(value)) return Object.keys(value).length ? { block: map(value, indent) } : { inline: '{}' };
  return { inline: scalar(value) };
}

function map(value: Record<string, unknown>, indent: string): string[] {
  const lines: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const child = value[key];
    const k = scalar(key);
    // A list under a key is not indented further (PyYAML's indentless sequences).
    const n = node(child, Array.isArray(child) ? indent : `${indent}  `);
    if ('inline' in n) lines.push(`${indent}${k}: ${n.inline}`);
    else lines.push(`${indent}${k}:`, ...n.block);
  }
  return lines;
}

function seq(value: unknown[], indent: string): string[] {
  const lines: string[] = [];
  for (const item of value) {
    const n = node(item, `${indent}  `);
    if ('inline' in n) {
      lines.push(`${indent}- ${n.inline}`);
    } else {
      // The first line of a nested block shares the dash's line.
      const [first, ...rest] = n.block;
      lines.push(`${indent}- ${first.slice(indent.length + 2)}`, ...rest);
    }
  }
  return lines;
}

/** The whole document, with PyYAML's `...` end marker after a bare plain scalar. */
export function emitYaml(value: unknown): string {
  const n = node(value, '');
  if ('block' in n) return `${n.block.join('\n')}\n`;
  const plain = !/^['"]/.test(n.inline) && n.inline !== '[]' && n.inline !== '{}';
  return plain ? `${n.inline}\n...\n` : `${n.inline}\n`;
}
