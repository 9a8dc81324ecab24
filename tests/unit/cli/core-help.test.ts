/**
 * Help pages in az's layout (compared by hand with azure-cli 2.45 `-h` output), produced from
 * the declarations only; and every group and command of the real table answers `-h`.
 */
import { describe, expect, it } from 'vitest';
import { ALL_COMMANDS, ALL_GROUPS } from '../../../src/cli/commands/index';
import { wrapLines } from '../../../src/cli/help/wrap';
import { runAz } from '../../../src/cli/run';
import { fx, world } from './core-fixture';

const COMMAND_HELP = `
Command
    az demo create : Create a demo thing.

Arguments
    --name -n               [Required] : Name of the thing.
    --resource-group -g     [Required] : Resource group.
    --sku                   [Required] : Tier.  Allowed values: Basic, Classic, Premium, Standard.
    --admin-enabled                    : Admin user.  Allowed values: false, true.
    --count                            : How many.
    --tags                             : Space-separated tags.
    --yes -y                           : Do not prompt.

Network Rule Arguments
    --allow-trusted-services [Preview] : Trusted services.  Allowed values: false, true.
        WARNING: Argument '--allow-trusted-services' is in preview and under development. Reference
        and support levels: https://aka.ms/CLI_refstatus
    --public-network-enabled           : Public endpoint.  Allowed values: false, true.

Global Arguments
    --debug                            : Print extra lines that show how the command line was
                                         understood.
    --help -h                          : Show this help message and exit.
    --only-show-errors                 : Hide warnings; errors are still shown.
    --output -o                        : Format of the result.  Allowed values: json, jsonc, none,
                                         table, tsv, yaml, yamlc.  Default: json.
    --query                            : JMESPath expression applied to the result before it is
                                         formatted. See https://jmespath.org/ for the syntax.
    --subscription                     : Name or ID of the subscription. The lab has a single
                                         subscription, which is always the default.
    --verbose                          : Print a few more details about what the command did.

Examples
    Create a Premium thing
        az demo create -n thing1 -g rg --sku Premium

    Create a thing with its public endpoint off
        az demo create -n thing1 -g rg --sku Premium --public-network-enabled false

`;

const GROUP_HELP = `
Group
    az demo : Manage demo things.

Subgroups:
    sub [Preview] : Preview things.

Commands:
    crash         : Crash.
    create        : Create a demo thing.
    fail          : Fail as not found.
    hello         : Works signed out.
    list          : List demo things.
    model-fail    : Fail with a model error value.
    none          : Print nothing.
    show          : Show a registry-like thing.

`;

describe('help layout', () => {
  it('renders a command page: required first, argument groups, global arguments, examples', () => {
    expect(fx('demo create -h').stdout).toBe(COMMAND_HELP);
  });

  it('renders a group page with aligned Subgroups/Commands and [Preview] tags', () => {
    expect(fx('demo --help').stdout).toBe(GROUP_HELP);
  });

  it('puts the preview notice of a group right under its heading, as az does', () => {
    expect(fx('demo sub -h').stdout).toBe(
      '\nGroup\n    az demo sub : Preview things.\n' +
        '        WARNING: This command group is in preview and under development. Reference and support\n' +
        '        levels: https://aka.ms/CLI_refstatus\nCommands:\n    run : Run with streamed output.\n\n',
    );
  });

  it('greets with the base commands for a bare `az` (and for `az --debug`)', () => {
    for (const argv of [[], ['--debug']]) {
      const r = fx(argv);
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toContain('Here are the base commands:\n\n    demo : Manage demo things.\n');
    }
  });
});

describe('the real command table', () => {
  const w = world();
  const groupPaths = new Set<string>([...ALL_GROUPS.map((g) => g.name)]);
  for (const c of ALL_COMMANDS) {
    const words = c.name.split(' ');
    for (let i = 1; i < words.length; i++) groupPaths.add(words.slice(0, i).join(' '));
  }

  it('lists the top groups for `az --help`', () => {
    const r = runAz(['--help'], w);
    for (const top of ['account', 'acr', 'group']) expect(r.stdout).toMatch(new RegExp(`^    ${top} +: `, 'm'));
    expect(r.stdout).toMatch(/^Commands:\n    login +: .*\n    logout +: /m);
  });

  it.each([...groupPaths].sort())('az %s -h shows the group page', (path) => {
    const r = runAz([...path.split(' '), '-h'], w);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.startsWith(`\nGroup\n    az ${path}`)).toBe(true);
    expect(r.stdout).toMatch(/^(Subgroups|Commands):$/m);
  });

  it.each(ALL_COMMANDS.map((c) => c.name))('az %s --help shows every argument once', (name) => {
    const cmd = ALL_COMMANDS.find((c) => c.name === name)!;
    const r = runAz([...name.split(' '), '--help'], w);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.startsWith(`\nCommand\n    az ${name}`)).toBe(true);
    for (const a of cmd.args) {
      const label = [...a.options].sort().join(' ');
      const line = r.stdout.split('\n').find((l) => l.startsWith(`    ${label} `) || l === `    ${label}`);
      expect(line, `${name} ${label}`).toBeDefined();
      expect(line!.includes('[Required]'), `${name} ${label} required tag`).toBe(a.required === true);
    }
    expect(r.stdout).toContain('\nGlobal Arguments\n');
  });
});

describe('wrapping like Python textwrap', () => {
  // Expected lines produced by CPython 3.11 textwrap.TextWrapper(width, indents, replace_whitespace=False).
  it.each([
    [
      '--cmd : Commands to execute. This also supports additional docker run parameters (https://docs.docker.com/engine/reference/commandline/run/) or even other docker commands.',
      60, 4, 20,
      ['    --cmd : Commands to execute. This also supports', '                    additional docker run parameters (https:', '                    //docs.docker.com/engine/reference/comma', '                    ndline/run/) or even other docker', '                    commands.'],
    ],
    ['a well-known self-contained co-operative thing--really', 20, 0, 2, ['a well-known self-', '  contained co-', '  operative thing--', '  really']],
    ['   leading spaces stay on the first line only         and trailing go', 25, 0, 0, ['   leading spaces stay on', 'the first line only', 'and trailing go']],
    ['supercalifragilisticexpialidocious-word-with-hyphens-inside', 15, 0, 0, ['supercalifragil', 'isticexpialidoc', 'ious-word-with-', 'hyphens-inside']],
  ])('%#', (text, width, ind, sub, expected) => {
    expect(wrapLines(text as string, width as number, ' '.repeat(ind as number), ' '.repeat(sub as number))).toEqual(expected);
  });
});
