/** The shell wired to the real simulated CLI, as the lab does it. */
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/model';
import type { World } from '../../../src/model/types';
import { createAzHost } from '../../../src/shell/az-host';
import { createCompleter } from '../../../src/shell/completion';
import { Shell } from '../../../src/shell/interpreter';
import { runLines } from './helpers/fake-host';

function setup() {
  let world: World = createWorld({ profile: '2021' });
  const store = { get: () => world, set: (w: World) => void (world = w) };
  const { host, argumentCompleters } = createAzHost(store);
  const shell = new Shell({ host, paced: false });
  const complete = createCompleter({ commandNames: () => shell.commandNames(), argumentCompleters });
  return { shell, complete, world: () => world };
}

describe('az through the shell', () => {
  it('changes the world the host keeps, and $(...) reads it back', async () => {
    const t = setup();
    const out = await runLines(
      t.shell,
      'az group create -n rg1 -l eastus -o none',
      'az acr create -n labregistry1 -g rg1 --sku Premium -o none',
      'id=$(az acr show -n labregistry1 --query id -o tsv)',
      'echo "${id##*/}" ${#id}',
    );
    expect(t.world().registries.map((r) => r.name)).toEqual(['labregistry1']);
    expect(t.shell.getVar('id')).toMatch(/\/registries\/labregistry1$/);
    expect(out.stderr).toContain('this form of ${...} is not supported');
  });

  it('reports az errors with az exit codes in $?', async () => {
    const t = setup();
    const out = await runLines(t.shell, 'az acr show -n missingreg -g nogroup', 'echo $?');
    expect(out.stdout.trim()).toMatch(/^[123]$/);
    // A terminal gets az's red ERROR line.
    expect(out.stderr).toMatch(/^\x1b\[91mERROR: /m);
  });

  it('completes az words from the CLI command table', () => {
    const t = setup();
    expect(t.complete('az ac', 5).candidates).toEqual(expect.arrayContaining(['acr', 'account']));
    expect(t.complete('az acr sh', 9).candidates).toContain('show');
    expect(t.complete('ec', 2).candidates).toEqual(['echo']);
  });
});
