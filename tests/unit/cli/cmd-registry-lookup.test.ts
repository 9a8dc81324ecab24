/**
 * How az reports a registry it cannot find (acr `_utils.get_registry_by_name`): without -g it
 * searches the subscription and prints its own text; with -g it calls ARM's GET for the registry
 * in that group and prints ARM's 404. Both exit 3.
 */
import { describe, expect, it } from 'vitest';
import { withRegistry } from './cmd-harness';

const inGroup = (name: string, rg: string) =>
  `ERROR: (ResourceNotFound) The Resource 'Microsoft.ContainerRegistry/registries/${name}' under resource group '${rg}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix\n`;

function setup() {
  const s = withRegistry();
  expect(s.az('group create -n rg1 -l koreacentral -o none').exitCode).toBe(0);
  return s;
}

describe('a missing registry named with -g', () => {
  it.each([
    ['acr show -n nope1 -g rg1', 'nope1', 'rg1'],
    ['acr update -n nope1 -g rg1 --admin-enabled true', 'nope1', 'rg1'],
    ['acr update -n nope1 -g rg1 --set networkRuleBypassAllowedForTasks=true', 'nope1', 'rg1'],
    ['acr network-rule list -n nope1 -g rg1', 'nope1', 'rg1'],
    ['acr network-rule add -n nope1 -g rg1 --ip-address 203.0.113.10', 'nope1', 'rg1'],
    ['acr task create -n buildtask -r nope1 -g rg1 -c /dev/null --cmd hello-world', 'nope1', 'rg1'],
    ['acr task list -r nope1 -g rg1', 'nope1', 'rg1'],
    // A registry in another group is not found in this one.
    ['acr show -n myregistry -g rg1', 'myregistry', 'rg1'],
    ['acr show -n MyRegistry -g RG1', 'MyRegistry', 'RG1'],
  ])('az %s prints ARM\'s 404 (exit 3)', (line, name, rg) => {
    const r = setup().az(line);
    expect([r.exitCode, r.stdout, r.stderr]).toEqual([3, '', inGroup(name, rg)]);
  });

  it('still reports a missing group first', () => {
    const r = setup().az('acr show -n nope1 -g nogroup');
    expect([r.exitCode, r.stderr]).toEqual([3, "ERROR: (ResourceGroupNotFound) Resource group 'nogroup' could not be found.\n"]);
  });

  it('keeps the subscription-wide text without -g', () => {
    const s = setup();
    const r = s.az('acr show -n nope1');
    expect([r.exitCode, r.stderr]).toEqual([
      3,
      `ERROR: The resource with name 'nope1' and type 'Microsoft.ContainerRegistry/registries' could not be found in subscription '${s.world.subscription.name} (${s.world.subscription.id})'.\n`,
    ]);
  });

  it('finds the registry in its own group', () => {
    expect(setup().json('acr show -n myregistry -g rg').name).toBe('myregistry');
  });
});

describe('az acr delete', () => {
  it('with -g is a quiet no-op for a missing registry (ARM answers the DELETE with 204)', () => {
    const s = setup();
    const r = s.az('acr delete -n nope1 -g rg1 --yes');
    expect([r.exitCode, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(s.az('acr delete -n myregistry -g rg1 --yes').exitCode).toBe(0);
    expect(s.world.registries.map((x) => x.name)).toEqual(['myregistry']);
  });

  it('without -g reports the missing registry; with -g deletes an existing one', () => {
    const s = setup();
    expect(s.az('acr delete -n nope1 --yes').exitCode).toBe(3);
    expect(s.az('acr delete -n nope1 -g nogroup --yes').exitCode).toBe(3);
    expect(s.az('acr delete -n myregistry -g rg --yes').exitCode).toBe(0);
    expect(s.world.registries).toEqual([]);
  });
});
