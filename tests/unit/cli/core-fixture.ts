/**
 * A small, stable command table for the CLI-core tests, so parser/help/output behaviour is
 * pinned independently of the real acr declarations (which other tests cover).
 */
import { CliError, normaliseRegistryName } from '../../../src/cli/errors';
import { runAz } from '../../../src/cli/run';
import type { CliResult, CommandDef, GroupDef } from '../../../src/cli/types';
import { createWorld, signOut } from '../../../src/model';
import type { World } from '../../../src/model/types';

const NET = 'Network Rule Arguments';

export const FIXTURE_COMMANDS: CommandDef[] = [
  {
    name: 'demo create',
    summary: 'create a demo thing',
    args: [
      { dest: 'name', options: ['--name', '-n'], type: 'string', required: true, help: 'name of the thing', completer: 'registry' },
      { dest: 'resourceGroup', options: ['--resource-group', '-g'], type: 'string', required: true, help: 'resource group', completer: 'group' },
      { dest: 'sku', options: ['--sku'], type: 'enum', choices: ['Classic', 'Basic', 'Standard', 'Premium'], required: true, help: 'tier' },
      { dest: 'adminEnabled', options: ['--admin-enabled'], type: 'boolean', help: 'admin user' },
      { dest: 'count', options: ['--count'], type: 'int', help: 'how many' },
      { dest: 'tags', options: ['--tags'], type: 'list', help: 'space-separated tags' },
      { dest: 'yes', options: ['--yes', '-y'], type: 'boolean', isFlag: true, help: 'do not prompt' },
      { dest: 'publicNetworkEnabled', options: ['--public-network-enabled'], type: 'boolean', help: 'public endpoint', group: NET },
      { dest: 'allowTrustedServices', options: ['--allow-trusted-services'], type: 'boolean', help: 'trusted services', group: NET, preview: true },
    ],
    examples: [
      { summary: 'Create a Premium thing', command: 'az demo create -n thing1 -g rg --sku Premium' },
      { summary: 'Create a thing with its public endpoint off', command: 'az demo create -n thing1 -g rg --sku Premium --public-network-enabled false' },
    ],
    handler: (_ctx, args) => ({ result: { ...args } }),
  },
  {
    name: 'demo list',
    summary: 'List demo things.',
    args: [],
    examples: [{ summary: 'List as a table', command: 'az demo list -o table' }],
    table: (it: { name: string; size: number }) => ({ Name: it.name, Size: it.size }),
    handler: () => ({
      result: [
        { name: 'alpha', size: 1, id: '/x/alpha', enabled: true, nested: { a: 1 }, items: [1, 2], missing: null },
        { name: 'beta-long-name', size: 22, id: '/x/beta', enabled: false, nested: {}, items: [], missing: null },
      ],
    }),
  },
  {
    name: 'demo show',
    summary: 'Show a registry-like thing.',
    args: [{ dest: 'name', options: ['--name', '-n'], type: 'string', required: true, help: 'registry name', validator: normaliseRegistryName, completer: 'registry' }],
    handler: (_ctx, args) => ({ result: { name: args.name, z: 1, a: { y: 2, b: [3] } } }),
  },
  {
    name: 'demo sub run',
    summary: 'Run with streamed output.',
    args: [],
    handler: () => ({
      stream: [
        { stream: 'stderr', text: 'Queued a run with ID: ca1\n' },
        { stream: 'stdout', text: 'step 1\n', delayMs: 100 },
      ],
      warnings: ['something to know'],
      exitCode: 1,
    }),
  },
  { name: 'demo fail', summary: 'Fail as not found.', args: [], handler: () => { throw new CliError('(ResourceNotFound) nope', 3); } },
  { name: 'demo crash', summary: 'Crash.', args: [], handler: () => { throw new TypeError('boom'); } },
  {
    name: 'demo model-fail',
    summary: 'Fail with a model error value.',
    args: [],
    handler: () => { throw { code: 'ResourceGroupNotFound', message: "(ResourceGroupNotFound) Resource group 'rg' could not be found.", exitCode: 3 }; },
  },
  { name: 'demo none', summary: 'Print nothing.', args: [], handler: () => ({}) },
  { name: 'demo hello', summary: 'Works signed out.', args: [], noLoginRequired: true, handler: () => ({ result: 'hi' }) },
];

export const FIXTURE_GROUPS: GroupDef[] = [
  { name: 'demo', summary: 'Manage demo things' },
  { name: 'demo sub', summary: 'Preview things', preview: true },
];

/** A signed-in world. */
export function world(): World {
  return createWorld();
}

/** A signed-out world. */
export function signedOut(): World {
  const r = signOut(createWorld());
  if (!r.ok) throw new Error(r.error.message);
  return r.world;
}

/** Run a fixture command line (space-separated words, or an array). */
export function fx(line: string | string[], w: World = world(), isTty = false): CliResult {
  const argv = Array.isArray(line) ? line : line.split(' ').filter((s) => s !== '');
  return runAz(argv, w, { commands: FIXTURE_COMMANDS, groups: FIXTURE_GROUPS, isTty });
}

/** The first line of stderr. */
export function firstErr(r: CliResult): string {
  return r.stderr.split('\n')[0];
}
