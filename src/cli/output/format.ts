/**
 * Turning a handler's result into stdout text: --query first, then the --output format
 * (facts §7). A result of `undefined`/`null` prints nothing, like az with a `None` result.
 */
import type { OutputFormat } from '../parser/globals';
import { formatJson, formatJsonColor, formatYaml, formatYamlColor } from './json-yaml';
import { applyQuery, sortedCopy } from './query';
import { formatTable, TABLE_UNAVAILABLE } from './table';
import { formatTsv } from './tsv';

export interface FormatOptions {
  output: OutputFormat;
  query?: string;
  isTty: boolean;
  /** `CommandDef.table`: the command's own table layout. */
  table?: (item: any) => Record<string, unknown>;
}

export type FormatOutcome = { ok: true; text: string } | { ok: false; message: string; exitCode: number };

/** Query and format `result`; failures (bad query at run time, untabulable data) come back as values. */
export function formatResult(result: unknown, opts: FormatOptions): FormatOutcome {
  if (result === undefined) return { ok: true, text: '' };
  let data = sortedCopy(result);
  if (opts.query !== undefined) {
    const q = applyQuery(data, opts.query);
    if (!q.ok) return { ok: false, message: q.message, exitCode: 1 };
    data = q.value;
  }
  if (data === null || data === undefined) return { ok: true, text: '' };
  try {
    return { ok: true, text: render(data, opts) };
  } catch {
    return { ok: false, message: opts.output === 'table' ? TABLE_UNAVAILABLE : 'The result could not be formatted.', exitCode: 1 };
  }
}

function render(data: unknown, opts: FormatOptions): string {
  switch (opts.output) {
    case 'json':
      return formatJson(data);
    case 'jsonc':
      return opts.isTty ? formatJsonColor(data) : formatJson(data);
    case 'yaml':
      return formatYaml(data);
    case 'yamlc':
      return opts.isTty ? formatYamlColor(data) : formatYaml(data);
    case 'table':
      return formatTable(data, { transform: opts.table, queryActive: opts.query !== undefined });
    case 'tsv':
      return formatTsv(data);
    case 'none':
      return '';
  }
}
