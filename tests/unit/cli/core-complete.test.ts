/**
 * Tab completion candidates, read from the command declarations and the world.
 */
import { describe, expect, it } from 'vitest';
import { completeDocker } from '../../../src/cli/complete-docker';
import { completeAz } from '../../../src/cli/complete';
import { buildTree } from '../../../src/cli/parser/tree';
import { createGroup, createIdentity, createRegistry, createTask, createWorld, type OpResult, type World } from '../../../src/model';
import { FIXTURE_COMMANDS, FIXTURE_GROUPS } from './core-fixture';

function must<T>(r: OpResult<T>): World {
  if (!r.ok) throw new Error(r.error.message);
  return r.world;
}

function setup(): World {
  let w = createWorld();
  w = must(createGroup(w, { name: 'lab-rg', location: 'koreacentral' }));
  w = must(createGroup(w, { name: 'other-rg', location: 'eastus' }));
  w = must(createRegistry(w, { name: 'labregistry', resourceGroup: 'lab-rg', sku: 'Premium' }));
  w = must(createRegistry(w, { name: 'otherregistry', resourceGroup: 'other-rg', sku: 'Basic' }));
  w = must(createTask(w, { registry: 'labregistry', name: 'buildtask', cmd: 'hello-world', context: '/dev/null' }));
  w = must(createTask(w, { registry: 'otherregistry', name: 'othertask', cmd: 'hello-world', context: '/dev/null' }));
  w = must(createIdentity(w, { name: 'lab-identity', resourceGroup: 'lab-rg' }));
  return w;
}

const w = setup();
const az = (line: string) => completeAz(line.split(' '), w);
const fixtureTree = buildTree(FIXTURE_COMMANDS, FIXTURE_GROUPS);
const fx = (line: string) => completeAz(line.split(' '), w, fixtureTree);

describe('completeAz', () => {
  it.each([
    ['', ['account', 'acr', 'group', 'identity', 'login', 'logout', 'role']],
    ['ac', ['account', 'acr']],
    ['acr network-rule ', ['add', 'list', 'remove']],
    ['acr task cred', ['credential']],
    ['acr show -n ', ['labregistry', 'otherregistry']],
    ['acr show --name lab', ['labregistry']],
    ['acr show -g ', ['lab-rg', 'other-rg']],
    ['acr task show -r labregistry -n ', ['buildtask']],
    ['acr task show --registry otherregistry --name ', ['othertask']],
    ['acr create -n x -g lab-rg --sku ', ['Basic', 'Standard', 'Premium']],
    ['acr create -n x -g lab-rg --sku p', ['Premium']],
    ['acr update -n labregistry --public-network-enabled ', ['false', 'true']],
    ['acr show -n labregistry -o t', ['table', 'tsv']],
    ['identity show -g lab-rg -n ', ['lab-identity']],
    ['acr show -n labregistry --query ', []],
  ])('az %s<TAB>', (line, expected) => {
    const got = az(line);
    if ((expected as string[]).length === 0) expect(got).toEqual([]);
    else expect(got).toEqual(expect.arrayContaining(expected as string[]));
    if (line.endsWith('--sku ')) expect(got).toEqual(['Classic', 'Basic', 'Standard', 'Premium']);
  });

  it('offers long options not used yet', () => {
    const got = az('acr show -n labregistry --');
    expect(got).toContain('--resource-group');
    expect(got).toContain('--output');
    expect(got).not.toContain('--name');
    expect(got.every((o) => o.startsWith('--'))).toBe(true);
  });

  it('offers options for an empty word after a complete option value', () => {
    expect(fx('demo create -n x ')).toContain('--sku');
    expect(fx('demo create -n x ')).not.toContain('--name');
  });

  it('offers values and options after a three-state boolean', () => {
    expect(fx('demo create --admin-enabled ')).toEqual(['false', 'true']);
    expect(fx('demo create --admin-enabled --s')).toEqual(['--sku', '--subscription']);
  });

  it('offers nothing for free-text values and after unknown words', () => {
    expect(fx('demo create --count ')).toEqual([]);
    expect(fx('nothing here ')).toEqual([]);
  });

  it('completes groups and --help at group level', () => {
    expect(fx('demo ')).toEqual(['crash', 'create', 'fail', 'hello', 'list', 'model-fail', 'none', 'show', 'sub']);
    expect(fx('demo --')).toEqual(['--help']);
  });
});

describe('completeDocker', () => {
  it('completes sub-commands, login servers and image names', () => {
    expect(completeDocker(['p'], w)).toEqual(['pull', 'push']);
    expect(completeDocker(['login', ''], w)).toEqual(['labregistry.azurecr.io', 'otherregistry.azurecr.io']);
    expect(completeDocker(['push', 'lab'], w)).toContain('labregistry.azurecr.io/');
  });

  it('offers only the registries Docker is logged in to after logout', () => {
    expect(completeDocker(['logo'], w)).toEqual(['logout']);
    expect(completeDocker(['logout', ''], w)).toEqual([]);
    expect(completeDocker(['logout', ''], { ...w, dockerLogins: ['labregistry.azurecr.io'] })).toEqual(['labregistry.azurecr.io']);
  });
});
