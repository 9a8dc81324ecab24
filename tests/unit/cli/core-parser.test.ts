/**
 * Parse errors word for word (facts §7, checked against azure-cli 2.45 with tests/parity),
 * their exit codes, and how values reach handlers.
 */
import { describe, expect, it } from 'vitest';
import { firstErr, fx, signedOut, world } from './core-fixture';

describe('parse errors (fixture table)', () => {
  describe.each([
    ['demo create --bogus 1', 'ERROR: the following arguments are required: --name/-n, --resource-group/-g, --sku'],
    ['demo create -g rg', 'ERROR: the following arguments are required: --name/-n, --sku'],
    ['demo create -n a -g rg --sku Gold', "ERROR: az demo create: 'Gold' is not a valid value for '--sku'. Allowed values: Classic, Basic, Standard, Premium."],
    ['demo create -n a -g rg --sku Basic --admin-enabled maybe', "ERROR: az demo create: 'maybe' is not a valid value for '--admin-enabled'. Allowed values: true, false."],
    ['demo create -n a -g rg --sku Basic --bogus 1', 'ERROR: unrecognized arguments: --bogus 1'],
    ['demo create -n a -g rg --sku Basic stray', 'ERROR: unrecognized arguments: stray'],
    ['demo create -n a -g rg --sku Basic -- x', 'ERROR: unrecognized arguments: -- x'],
    ['demo create -n', 'ERROR: argument --name/-n: expected one argument'],
    ['demo create -n -g rg', 'ERROR: argument --name/-n: expected one argument'],
    ['demo create -n a -g rg --sku Basic --count x', "ERROR: argument --count: invalid int value: 'x'"],
    ['demo create -n a -g rg --sku Basic --tags', 'ERROR: argument --tags: expected at least one argument'],
    ['demo create -n a -g rg --sku Basic --yes=1', "ERROR: argument --yes/-y: ignored explicit argument '1'"],
    ['demo create -n a -g rg --sku Basic --a true', 'ERROR: ambiguous option: --a could match --admin-enabled, --allow-trusted-services'],
    ['demo show -n abcde -o xml', "ERROR: az demo show: 'xml' is not a valid value for '--output'. Allowed values: json, jsonc, yaml, yamlc, table, tsv, none."],
    ['demo show -n abcde --output=XML', "ERROR: az demo show: 'xml' is not a valid value for '--output'. Allowed values: json, jsonc, yaml, yamlc, table, tsv, none."],
    ['demo show -n abcde --query [?', "ERROR: argument --query: invalid jmespath_type value: '[?'"],
    ['demo show -n abcde --query', 'ERROR: argument --query: expected one argument'],
    ['demo lst', "ERROR: 'lst' is misspelled or not recognized by the system."],
    ['bogus', "ERROR: 'bogus' is misspelled or not recognized by the system."],
  ])('az %s', (line, error) => {
    it('prints the error line and exits 2', () => {
      const r = fx(line);
      expect(firstErr(r)).toBe(error);
      expect(r.exitCode).toBe(2);
      expect(r.stdout).toBe('');
    });
  });

  it('uses Python repr quoting for queries with quotes', () => {
    const q = fx(['demo', 'show', '-n', 'abcde', '--query', "[?name=='x'"]);
    expect(firstErr(q)).toBe(`ERROR: argument --query: invalid jmespath_type value: "[?name=='x'"`);
  });

  it('adds "Did you mean" under a misspelled command and a close enum value', () => {
    expect(fx('demo lst').stderr.split('\n')[1]).toBe("Did you mean 'list' ?");
    expect(fx('demo create -n a -g r --sku premum').stderr.split('\n')[1]).toBe("Did you mean 'Premium' ?");
    expect(fx('bogus').stderr.split('\n')[1]).toBe('');
  });

  it('prints the recommendation block az 2.45 prints, with the command examples ranked', () => {
    const r = fx('demo create -g rg --public-network-enabled false');
    expect(r.stderr).toBe(
      [
        'ERROR: the following arguments are required: --name/-n, --sku',
        '',
        'Examples from AI knowledge base:',
        'az demo create -n thing1 -g rg --sku Premium --public-network-enabled false',
        'Create a thing with its public endpoint off',
        '',
        'az demo create -n thing1 -g rg --sku Premium',
        'Create a Premium thing',
        '',
        'https://aka.ms/cli_ref',
        'Read more about the command in reference docs',
        '',
      ].join('\n'),
    );
  });

  it('prints the --query reference instead of examples for query errors', () => {
    expect(fx('demo show -n abcde --query [?').stderr).toBe(
      "ERROR: argument --query: invalid jmespath_type value: '[?'\n" +
        "To learn more about --query, please visit: 'https://docs.microsoft.com/cli/azure/query-azure-cli'\n",
    );
  });

  it('checks values left to right: a bad value before -h wins, -h before a bad word shows help', () => {
    expect(fx('demo create --sku Gold -h').exitCode).toBe(2);
    const help = fx('demo create -h --bogus');
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('az demo create : Create a demo thing.');
  });

  it('reports missing required arguments before unrecognized ones', () => {
    expect(firstErr(fx('demo create --bogus'))).toBe('ERROR: the following arguments are required: --name/-n, --resource-group/-g, --sku');
  });
});

describe('accepted spellings', () => {
  const parsed = (line: string) => JSON.parse(fx(line).stdout) as Record<string, unknown>;

  it.each([
    ['--name=a -g rg --sku basic', { name: 'a', sku: 'Basic' }],
    ['-na -grg --sku=PREMIUM', { name: 'a', resourceGroup: 'rg', sku: 'Premium' }],
    ['--na a --res rg --sku Standard', { name: 'a', resourceGroup: 'rg', sku: 'Standard' }],
    ['-n a -g rg --sku Basic --admin-enabled', { adminEnabled: true }],
    ['-n a -g rg --sku Basic --admin-enabled FALSE', { adminEnabled: false }],
    ['-n a -n b -g rg --sku Basic', { name: 'b' }],
    ['-n a -g rg --sku Basic --count 3', { count: 3 }],
    ['-n a -g rg --sku Basic --tags x y --tags z', { tags: ['x', 'y', 'z'] }],
    ['-n -5 -g rg --sku Basic', { name: '-5' }],
  ])('az demo create %s', (line, expected) => {
    expect(parsed(`demo create ${line}`)).toMatchObject(expected);
  });
});

describe('groups, help and sign-in', () => {
  it('prints a group help for a group without a command, with the usage exit code', () => {
    const r = fx('demo');
    expect(r.stdout.startsWith('\nGroup\n    az demo : Manage demo things.\n')).toBe(true);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe('');
  });

  it('shows help with exit 0 for -h, --help and `az help`', () => {
    for (const line of ['demo -h', 'demo --help', 'demo sub run -h', 'help']) {
      const r = fx(line);
      expect(r.exitCode, line).toBe(0);
      expect(r.stdout, line).toMatch(/^\n(Group|Command)\n/);
    }
  });

  it('asks to sign in for commands after parsing, but not for noLoginRequired ones', () => {
    const out = signedOut();
    const r = fx('demo show -n abcde', out);
    expect(r.stderr).toBe("ERROR: Please run 'az login' to setup account.\n");
    expect(r.exitCode).toBe(1);
    expect(fx('demo show --bogus', out).exitCode).toBe(2);
    expect(fx('demo hello', out).stdout).toBe('"hi"\n');
  });

  it('runs validators before the sign-in check, warning about a stripped suffix', () => {
    const r = fx('demo show -n abcde.azurecr.io', signedOut());
    expect(r.stderr).toBe(
      "WARNING: The login server endpoint suffix '.azurecr.io' is automatically omitted.\nERROR: Please run 'az login' to setup account.\n",
    );
    const bad = fx('demo show -n ab');
    expect(bad.stderr).toBe('ERROR: Registry names may contain only alpha numeric characters and must be between 5 and 50 characters\n');
    // az's validators raise an AzCLIError, which exits 1 (argparse's own errors exit 2).
    expect(bad.exitCode).toBe(1);
  });

  it('warns for preview groups and preview arguments, unless --only-show-errors', () => {
    expect(fx('demo sub run').stderr).toContain("WARNING: Command group 'demo sub' is in preview and under development.");
    expect(fx('demo create -n a -g r --sku Basic --allow-trusted-services false').stderr).toBe(
      "WARNING: Argument '--allow-trusted-services' is in preview and under development. Reference and support levels: https://aka.ms/CLI_refstatus\n",
    );
    expect(fx('demo create -n a -g r --sku Basic --allow-trusted-services false --only-show-errors').stderr).toBe('');
  });

  it('rejects --only-show-errors with --verbose the way az does', () => {
    const r = fx('demo hello --only-show-errors --verbose');
    expect(r.stderr).toBe("--only-show-errors can't be used together with --debug or --verbose\n");
    expect(r.exitCode).toBe(1);
  });

  it('checks --subscription against the lab subscription', () => {
    const w = world();
    expect(fx(['demo', 'hello', '--subscription', w.subscription.id], w).exitCode).toBe(0);
    expect(fx(['demo', 'hello', '--subscription', 'lab subscription'], w).exitCode).toBe(0);
    const r = fx('demo hello --subscription other', w);
    expect(r.stderr).toBe("ERROR: Subscription 'other' not found. Check the spelling and casing and try again.\n");
  });
});
