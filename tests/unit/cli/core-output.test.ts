/**
 * Every --output format and --query, with az's quirks pinned (compared with azure-cli 2.45:
 * `az cloud list --query ... -o table|tsv|yaml`), plus how results, streams, warnings and
 * errors reach stdout/stderr.
 */
import { describe, expect, it } from 'vitest';
import { formatResult } from '../../../src/cli/output/format';
import { fx } from './core-fixture';

const out = (line: string, isTty = false) => fx(line, undefined, isTty);

describe('formats of a list result', () => {
  it.each([
    ['-o table', 'Name            Size\n--------------  ------\nalpha           1\nbeta-long-name  22\n'],
    ['-o table --query []', 'Enabled    Name            Size\n---------  --------------  ------\nTrue       alpha           1\nFalse      beta-long-name  22\n'],
    ['-o table --query [].{n:name,e:enabled}', 'N               E\n--------------  -----\nalpha           True\nbeta-long-name  False\n'],
    ['-o table --query [].[name,size]', 'Column1         Column2\n--------------  ---------\nalpha           1\nbeta-long-name  22\n'],
    ['-o table --query [0].name', 'Result\n--------\nalpha\n'],
    ['-o table --query [?size>`100`]', '\n'],
    ['-o tsv', 'True\t/x/alpha\t2\tNone\talpha\t\t1\nFalse\t/x/beta\t0\tNone\tbeta-long-name\t\t22\n'],
    ['-o tsv --query [].{s:size,n:name}', '1\talpha\n22\tbeta-long-name\n'],
    ['-o tsv --query [0].enabled', 'true\n'],
    ['-o tsv --query [?size>`100`]', ''],
    ['-o json --query [0].nested', '{\n  "a": 1\n}\n'],
    ['-o json --query [?size>`100`]', '[]\n'],
    ['-o json --query [0].{z:size,a:name}', '{\n  "a": "alpha",\n  "z": 1\n}\n'],
    ['-o yaml --query [0].{z:size,a:name,l:items}', 'a: alpha\nl:\n- 1\n- 2\nz: 1\n'],
    ['-o yaml --query [0].name', 'alpha\n...\n'],
    ['-o none', ''],
    ['--query [0].missing', ''],
  ])('az demo list %s', (opts, expected) => {
    const r = out(`demo list ${opts}`);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(expected);
  });

  it('sorts keys recursively in json, indent 2', () => {
    expect(out('demo show -n abcde').stdout).toBe('{\n  "a": {\n    "b": [\n      3\n    ],\n    "y": 2\n  },\n  "name": "abcde",\n  "z": 1\n}\n');
  });

  it('colours jsonc and yamlc only on a terminal', () => {
    expect(out('demo show -n abcde -o jsonc').stdout).toBe(out('demo show -n abcde').stdout);
    expect(out('demo show -n abcde -o yamlc').stdout).toBe(out('demo show -n abcde -o yaml').stdout);
    const tty = out('demo show -n abcde -o jsonc', true).stdout;
    expect(tty).toContain('\x1b[94m"name"\x1b[39;49;00m: \x1b[33m"abcde"\x1b[39;49;00m');
    expect(tty).toContain('\x1b[34m1\x1b[39;49;00m');
    expect(out('demo show -n abcde -o yamlc', true).stdout).toContain('\x1b[94mname\x1b[39;49;00m: abcde');
    expect(out('demo show -n abcde -o json', true).stdout).not.toContain('\x1b[');
  });
});

describe('yaml like PyYAML safe_dump', () => {
  it.each([
    [{ b: 'true', c: '123', e: '', y: 'yes', d: '2026-11-29T10:00:00Z', p: 'plain', n: null, t: true }, "b: 'true'\nc: '123'\nd: '2026-11-29T10:00:00Z'\ne: ''\nn: null\np: plain\nt: true\ny: 'yes'\n"],
    [{ nested: [[1, 2], { x: [3] }], empty: [], obj: {} }, 'empty: []\nnested:\n- - 1\n  - 2\n- x:\n  - 3\nobj: {}\n'],
  ])('%#', (data, expected) => {
    expect(formatResult(data, { output: 'yaml', isTty: false })).toEqual({ ok: true, text: expected });
  });
});

describe('query failures and special results', () => {
  it('reports a query that fails at run time with exit 1', () => {
    const r = out('demo list --query length(`1`)');
    expect(r.stderr.startsWith('ERROR: Invalid jmespath query supplied for `--query`: ')).toBe(true);
    expect(r.exitCode).toBe(1);
  });

  it('keeps a key named __proto__ as data', () => {
    const text = formatResult(JSON.parse('{"__proto__": {"x": 1}, "a": 2}'), { output: 'json', isTty: false });
    expect(text).toEqual({ ok: true, text: '{\n  "__proto__": {\n    "x": 1\n  },\n  "a": 2\n}\n' });
  });

  it('prints nothing for a command without a result', () => {
    const r = out('demo none');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['', '', 0]);
  });
});

describe('streams, warnings and errors', () => {
  it('writes warnings first, then streamed chunks in order, and keeps the exit code', () => {
    const r = out('demo sub run');
    expect(r.chunks.map((c) => [c.stream, c.text])).toEqual([
      ['stderr', "WARNING: Command group 'demo sub' is in preview and under development. Reference and support levels: https://aka.ms/CLI_refstatus\n"],
      ['stderr', 'WARNING: something to know\n'],
      ['stderr', 'Queued a run with ID: ca1\n'],
      ['stdout', 'step 1\n'],
    ]);
    expect(r.chunks[3].delayMs).toBe(100);
    expect(r.exitCode).toBe(1);
  });

  it('hides warnings with --only-show-errors but not the streamed log', () => {
    expect(out('demo sub run --only-show-errors').stderr).toBe('Queued a run with ID: ca1\n');
  });

  it.each([
    ['demo fail', '(ResourceNotFound) nope', 3],
    ['demo model-fail', "(ResourceGroupNotFound) Resource group 'rg' could not be found.", 3],
    ['demo crash', 'boom', 1],
  ])('az %s prints ERROR: <message> and exits with its code', (line, message, code) => {
    const r = out(line);
    expect(r.stderr).toBe(`ERROR: ${message}\n`);
    expect(r.stdout).toBe('');
    expect(r.exitCode).toBe(code);
  });

  it('colours ERROR and WARNING lines on a terminal, keeping the prefixes', () => {
    expect(out('demo fail', true).stderr).toBe('\x1b[91mERROR: (ResourceNotFound) nope\x1b[0m\n');
    expect(out('demo show -n abcde.azurecr.io', true).stderr).toBe(
      "\x1b[33mWARNING: The login server endpoint suffix '.azurecr.io' is automatically omitted.\x1b[0m\n",
    );
  });

  it('echoes the arguments with --debug', () => {
    expect(out('demo hello --debug').stderr).toBe("DEBUG: cli.knack.cli: Command arguments: ['demo', 'hello', '--debug']\n");
  });
});
