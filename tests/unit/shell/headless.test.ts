import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitCommands } from '../../../src/shell/script';

describe('splitCommands', () => {
  it.each([
    ['one per line', 'echo a\necho b\n', ['echo a', 'echo b']],
    ['CRLF line ends', 'echo a\r\necho b\r\n', ['echo a', 'echo b']],
    ['trailing backslash joins', 'az acr create \\\n  -n x\necho b', ['az acr create \\\n  -n x', 'echo b']],
    ['open quote joins', "echo 'a\nb'\necho c", ["echo 'a\nb'", 'echo c']],
    ['unterminated at end of input', "echo ok\necho 'a\nb", ['echo ok', "echo 'a\nb"]],
    ['blank lines kept as empty commands', 'echo a\n\necho b', ['echo a', '', 'echo b']],
  ])('%s', (_what, text, commands) => {
    expect(splitCommands(text)).toEqual(commands);
  });

  it('stays fast on an unterminated quote followed by many lines', () => {
    const start = performance.now();
    const commands = splitCommands(`echo '\n${'x\n'.repeat(50_000)}`);
    expect(commands.length).toBeGreaterThan(1);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

/** The real CLI through the real bin: slow to start (tsx), so one script covers the workflow. */
describe('headless shell bin', () => {
  it('runs the seed workflow, shares the state file, and exits with the last status', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shell-bin-'));
    const state = join(dir, 'state.json');
    const script = [
      'az group create -n myResourceGroup -l eastus -o none',
      'az acr create -n myregistry -g myResourceGroup --sku Premium -o none',
      "az acr task create -n hellotask -r myregistry -c /dev/null --cmd 'hello' \\",
      "  --assign-identity '[system]' --auth-mode None -o none",
      'principalID=$(az acr task show -n hellotask -r myregistry --query identity.principalId -o tsv)',
      'registryID=$(az acr show -n myregistry --query id -o tsv)',
      'az role assignment create --assignee $principalID --scope $registryID --role AcrPush -o none',
      'echo "[$principalID]"',
      'az role assignment list --scope $registryID --query "[0].principalId" -o tsv',
      'nosuchcommand',
    ].join('\n');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/shell/bin/shell.ts'], {
      input: script,
      encoding: 'utf8',
      env: { ...process.env, AZ_SIM_STATE: state, AZ_SIM_PROFILE: '2021' },
      timeout: 60_000,
    });
    const [echoed, listed] = r.stdout.trim().split('\n');
    expect(echoed).toMatch(/^\[[0-9a-f-]{36}\]$/);
    expect(`[${listed}]`).toBe(echoed);
    expect(r.stderr).toBe('bash: nosuchcommand: command not found\n');
    expect(r.status).toBe(127);
    const world = JSON.parse(readFileSync(state, 'utf8'));
    const pushers = world.roleAssignments.filter((a: { roleDefinitionName: string }) => a.roleDefinitionName === 'AcrPush');
    expect(pushers).toMatchObject([{ principalId: echoed.slice(1, -1) }]);
  }, 90_000);
});
