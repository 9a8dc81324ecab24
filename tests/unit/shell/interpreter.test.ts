import { describe, expect, it } from 'vitest';
import type { ExecContext, ExternalCommand } from '../../../src/shell/types';
import { chunksOf, makeShell, runLines } from './helpers/fake-host';

const PRINCIPAL = 'c7d0f9a5-0000-4000-8000-00000000abcd';
const REGISTRY_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myResourceGroup/providers/Microsoft.ContainerRegistry/registries/myregistry';

/** A fake `az` that answers the seed workflow's queries and records every call. */
function setup() {
  const calls: Array<{ args: string[]; ctx: ExecContext }> = [];
  const az: ExternalCommand = (args, ctx) => {
    calls.push({ args, ctx });
    const line = args.join(' ');
    if (line === 'acr task show -n hellotask -r myregistry --query identity.principalId -o tsv') return chunksOf(`${PRINCIPAL}\n`);
    if (line === 'acr show -n myregistry --query id -o tsv') return chunksOf(`${REGISTRY_ID}\n`);
    if (line.startsWith('role assignment create')) return chunksOf('{\n  "roleDefinitionName": "AcrPush"\n}\n');
    if (line === 'fail') return chunksOf('', 3, "ERROR: (ResourceNotFound) The Resource 'x' was not found.\n");
    return chunksOf('', 2, `ERROR: unknown ${line}\n`);
  };
  const shell = makeShell({ az, docker: () => chunksOf('docker ok\n') });
  return { shell, calls };
}

describe('the documented role-assignment workflow', () => {
  it('passes the captured principal ID and scope to az as single words', async () => {
    const { shell, calls } = setup();
    const out = await runLines(
      shell,
      'principalID=$(az acr task show -n hellotask -r myregistry --query identity.principalId -o tsv)',
      'registryID=$(az acr show -n myregistry --query id -o tsv)',
      'az role assignment create --assignee $principalID --scope $registryID --role AcrPush',
    );
    expect(shell.getVar('principalID')).toBe(PRINCIPAL);
    expect(shell.getVar('registryID')).toBe(REGISTRY_ID);
    expect(calls[2].args).toEqual(['role', 'assignment', 'create', '--assignee', PRINCIPAL, '--scope', REGISTRY_ID, '--role', 'AcrPush']);
    expect(out.stdout).toContain('"roleDefinitionName": "AcrPush"');
    expect(out.exitCode).toBe(0);
  });

  it('tells az its stdout is not a terminal inside $(...), and is one otherwise', async () => {
    const { shell, calls } = setup();
    await runLines(shell, 'x=$(az acr show -n myregistry --query id -o tsv); az acr show -n myregistry --query id -o tsv');
    expect(calls.map((c) => c.ctx.isTty)).toEqual([false, true]);
  });
});

describe('exit status and errors', () => {
  it.each([
    ['az fail', 3, "ERROR: (ResourceNotFound) The Resource 'x' was not found.\n"],
    ['az fail || echo recovered', 0, "ERROR: (ResourceNotFound) The Resource 'x' was not found.\n"],
    ['kubectl get pods', 127, 'bash: kubectl: command not found\n'],
    ['__proto__', 127, 'bash: __proto__: command not found\n'],
    ['constructor --help', 127, 'bash: constructor: command not found\n'],
    ['ls | grep x', 2, 'bash: |: pipelines are not supported in this lab shell\n'],
    ['az acr list > out.txt', 2, 'bash: >: redirections are not supported in this lab shell\n'],
    ['sleep 1 &', 2, 'bash: &: background jobs are not supported in this lab shell\n'],
    ['if true; then echo; fi', 2, 'bash: if: compound commands (if, for, while, { ... }) are not supported in this lab shell\n'],
    ['echo $((1 + 2))', 2, 'bash: $((: arithmetic expansions are not supported in this lab shell\n'],
    ['echo ${x/a/b}', 1, 'bash: ${x/a/b}: this form of ${...} is not supported in this lab shell\n'],
  ])('%s → exit %i', async (line, code, stderr) => {
    const out = await runLines(setup().shell, line);
    expect(out.exitCode).toBe(code);
    expect(out.stderr).toBe(stderr);
  });

  it.each([
    ['echo ${1x}; echo after', 'bash: ${1x}: bad substitution\n'],
    ['unset x; echo ${x?oops}; echo after', 'bash: x: oops\n'],
  ])('an expansion error abandons the rest of the line, as interactive bash does: %s', async (line, stderr) => {
    const shell = setup().shell;
    const out = await runLines(shell, line);
    expect(out).toMatchObject({ stdout: '', stderr, exitCode: 1 });
    expect((await runLines(shell, 'echo next line runs')).stdout).toBe('next line runs\n');
  });

  it('an expansion error inside $(...) ends only that subshell', async () => {
    const out = await runLines(setup().shell, 'x=$(echo ${1x}; echo inner); echo "[$x]"');
    expect(out.stdout).toBe('[]\n');
  });

  it('stores the status in $?', async () => {
    const out = await runLines(setup().shell, 'az fail', 'echo $?');
    expect(out.stdout).toBe('3\n');
  });
});

describe('variables and environment', () => {
  it('passes exported variables and NAME=value prefixes to commands, not plain ones', async () => {
    const seen: Array<ReadonlyMap<string, string>> = [];
    const shell = makeShell({ az: (_a, ctx) => (seen.push(ctx.env), chunksOf('')) });
    await runLines(shell, 'export OUT=json; plain=1', 'AZURE_X=1 az version');
    expect([...seen[0]]).toEqual([['OUT', 'json'], ['AZURE_X', '1']]);
    expect(shell.getVar('AZURE_X')).toBeUndefined();
  });

  it('lists exported variables with env and export -p (bash quoting)', async () => {
    const out = await runLines(makeShell({}, { env: { HOME: '/home/learner' } }), 'export Q=\'a"b$c\' E', 'env', 'export -p');
    expect(out.stdout).toBe('HOME=/home/learner\nQ=a"b$c\ndeclare -x E\ndeclare -x HOME="/home/learner"\ndeclare -x Q="a\\"b\\$c"\n');
  });

  it('runs a command through env with extra variables', async () => {
    const seen: string[] = [];
    const shell = makeShell({ az: (_a, ctx) => (seen.push(ctx.env.get('X') ?? ''), chunksOf('')) });
    await runLines(shell, 'env X=42 az version');
    expect(seen).toEqual(['42']);
  });

  it('keeps variables named after Object.prototype members as ordinary variables', async () => {
    const shell = setup().shell;
    const out = await runLines(shell, '__proto__=a; constructor=b; hasOwnProperty=c', 'echo $__proto__ $constructor $hasOwnProperty $toString .');
    expect(out.stdout).toBe('a b c .\n');
    expect(({} as Record<string, unknown>).a).toBeUndefined();
    expect(shell.variableNames()).toEqual(['__proto__', 'constructor', 'hasOwnProperty']);
  });

  it('does not let $(...) change the parent shell', async () => {
    const out = await runLines(setup().shell, 'x=1; y=$(x=2; echo $x); echo $x $y');
    expect(out.stdout).toBe('1 2\n');
  });
});

describe('built-ins', () => {
  it('history lists the lines the editor recorded, numbered like bash', async () => {
    const shell = setup().shell;
    shell.history.add('echo one');
    shell.history.add('history');
    const out = await runLines(shell, 'history');
    expect(out.stdout).toBe('    1  echo one\n    2  history\n');
    expect((await runLines(shell, 'history 1')).stdout).toBe('    2  history\n');
    expect((await runLines(shell, 'history x')).stderr).toBe('bash: history: x: numeric argument required\n');
  });

  it('clear prints the clear-screen sequence', async () => {
    expect((await runLines(setup().shell, 'clear')).stdout).toBe('\x1b[H\x1b[2J\x1b[3J');
  });

  it.each([
    ['en', 'Built-in commands:', 'The simulated Azure CLI'],
    ['ko', '기본 제공 명령:', '가상 Azure CLI'],
  ] as const)('help lists built-ins and host commands in %s', async (locale, heading, azLine) => {
    const { shell } = setup();
    shell.locale = locale;
    const out = await runLines(shell, 'help');
    expect(out.stdout).toContain(heading);
    expect(out.stdout).toContain(azLine);
    for (const name of ['echo', 'export', 'unset', 'env', 'clear', 'history', 'help', 'true', 'false', 'az', 'docker']) {
      expect(out.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    }
  });

  it('help for one built-in and an unknown topic', async () => {
    const shell = setup().shell;
    expect((await runLines(shell, 'help echo')).stdout).toMatch(/^echo \[-neE\]/);
    const bad = await runLines(shell, 'help nope');
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain('nope');
  });
});
