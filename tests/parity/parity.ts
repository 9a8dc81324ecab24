/**
 * Parity check against the real Azure CLI (not part of `npm test`; needs `az` on PATH, e.g.
 * Debian's azure-cli 2.45): `npx tsx tests/parity/parity.ts [--verbose]`.
 *
 * Each command line below is run through the real az (signed out, in a throw-away HOME) and
 * through ours with a signed-out world, so both stop at the same place: a parse error, or the
 * sign-in check for lines that parse. Compared: exit code, the `ERROR:` line, and the
 * `Did you mean` line. The examples block under the error is not compared (ours comes from
 * our own declarations).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorld, signOut } from '../../src/model';
import { runAz } from '../../src/cli/run';

/** Lines known to differ on purpose, with the reason (printed, not counted as failures). */
const KNOWN: Record<string, string> = {
  acr: "facts §7: a group without a command prints its help (az 2.45: '_subcommand' error)",
  'acr network-rule': 'same as above',
  'acr show -n ab': 'our registry-name check (facts §7) is newer than az 2.45 (both exit 1: validator errors are not parse errors)',
  'role assignment create --role AcrPull': 'facts §7 make --scope required; az 2.45 defaults it',
};

const CASES: string[][] = [
  ['acr', 'create', '--bogus', '1'],
  ['acr', 'create', '-n', 'abcde', '-g', 'rg', '--sku', 'Gold'],
  ['acr', 'create', '-n', 'abcde', '-g', 'rg', '--sku', 'premum'],
  ['acr', 'create', '-n', 'abcde', '-g', 'rg', '--sku', 'basic', '--bogus', '1'],
  ['acr', 'create', '-n', 'abcde', '-g', 'rg', '--sku', 'Basic', '--admin-enabled', 'maybe'],
  ['acr', 'create', '-n', 'abcde', '-g', 'rg', '--sku', 'Basic', '-l'],
  ['acr', 'create', '-n', 'abcde', '-g', 'rg', '--sku', 'Basic', '--public-network-enabled', 'FALSE'],
  ['acr', 'lst'],
  ['acr', 'netwrk-rule', 'add'],
  ['acr', 'network-rule', 'ad'],
  ['acr', 'task', 'credentil', 'add'],
  ['bogus'],
  ['acr'],
  ['acr', 'network-rule'],
  ['acr', '-h'],
  ['acr', 'show', '-h', '--bogus'],
  ['acr', 'show', '-n', 'abcde', '-o', 'xml'],
  ['acr', 'show', '-n', 'abcde', '--output=XML'],
  ['acr', 'show', '-n', 'abcde', '--query', '[?'],
  ['acr', 'show', '-n', 'abcde', '--query'],
  ['acr', 'show', '--name'],
  ['acr', 'show', '-n', '-g', 'rg'],
  ['acr', 'show', '-n', 'abcde', 'extra'],
  ['acr', 'show', '-n', 'abcde', '--', 'foo'],
  ['acr', 'show', '-n', 'abcde', '--output-x', '1'],
  ['acr', 'show', '--bogus'],
  ['acr', 'show', '--na', 'abcde'],
  ['acr', 'show', '-nabcde', '--bogus'],
  ['acr', 'show', '-n', 'abcde'],
  ['acr', 'show', '-n', 'ab'],
  ['acr', 'show', '-n', 'abcde.azurecr.io'],
  ['acr', 'update'],
  ['acr', 'update', '-n', 'abcde', '--set', 'a=b', '--set', 'c=d', '--bogus'],
  ['acr', 'check-health', '-y', 'foo'],
  ['acr', 'network-rule', 'add', '-n', 'abcde', '--ip-address'],
  ['acr', 'private-endpoint-connection', 'list'],
  ['acr', 'repository', 'show-tags', '-n', 'abcde'],
  ['acr', 'import', '-n', 'abcde'],
  ['acr', 'task', 'create', '-r', 'abcde'],
  ['acr', 'task', 'create', '-n', 'buildtask', '-r', 'abcde', '-c', 'https://github.com/x/y.git', '-f', 'Dockerfile', '--commit-trigger-enabled', 'false', '--pull-request-trigger-enabled', 'false'],
  ['acr', 'task', 'create', '-n', 'buildtask', '-r', 'abcde', '-c', '/dev/null', '--cmd', 'x', '--pull-request-trigger-enabled', 'maybe'],
  ['acr', 'task', 'credential', 'add', '-n', 't', '-r', 'abcde'],
  ['acr', 'task', 'run', '-r', 'abcde'],
  ['group', 'create'],
  ['group', 'create', '-n', 'x'],
  ['group', 'delete'],
  ['group', 'creat'],
  ['group', 'list', '--bogus'],
  ['account', 'show', '--bogus'],
  ['identity', 'create'],
  ['role', 'assignment', 'create', '--role', 'AcrPull'],
  ['role', 'assignment', 'lst'],
  ['logout'],
  ['acr', 'list', '--only-show-errors', '--verbose'],
];

interface Seen {
  exit: number;
  error: string;
  hint: string;
}

function summarise(exit: number, stderr: string): Seen {
  const lines = stderr.split('\n');
  const i = lines.findIndex((l) => l.startsWith('ERROR: ') || l.startsWith('--only-show-errors'));
  return { exit, error: i >= 0 ? lines[i] : '', hint: i >= 0 && lines[i + 1]?.startsWith('Did you mean') ? lines[i + 1] : '' };
}

function realAz(args: string[], home: string): Seen {
  const r = spawnSync('az', args, {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, HOME: home, AZURE_CORE_COLLECT_TELEMETRY: 'no', AZURE_CORE_NO_COLOR: 'true', HTTPS_PROXY: 'http://127.0.0.1:9' },
  });
  return summarise(r.status ?? -1, r.stderr ?? '');
}

function ours(args: string[]): Seen {
  const signedIn = createWorld();
  const out = signOut(signedIn);
  const world = out.ok ? out.world : signedIn;
  const r = runAz(args, world);
  return summarise(r.exitCode, r.stderr);
}

function main(): number {
  if (spawnSync('az', ['--version'], { encoding: 'utf8' }).status !== 0) {
    console.log('az is not installed; nothing to compare.');
    return 0;
  }
  const verbose = process.argv.includes('--verbose');
  const home = mkdtempSync(join(tmpdir(), 'az-parity-'));
  let diffs = 0;
  try {
    for (const args of CASES) {
      const line = args.join(' ');
      const a = realAz(args, home);
      const b = ours(args);
      const same = a.exit === b.exit && a.error === b.error && a.hint === b.hint;
      const known = KNOWN[line];
      if (!same && !known) diffs++;
      const tag = same ? 'same ' : known ? 'known' : 'DIFF ';
      console.log(`${tag} az ${line}`);
      if (!same || verbose) {
        console.log(`      real: ${a.exit} ${a.error}${a.hint ? ` | ${a.hint}` : ''}`);
        console.log(`      ours: ${b.exit} ${b.error}${b.hint ? ` | ${b.hint}` : ''}`);
        if (known) console.log(`      (${known})`);
      }
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  console.log(`\n${CASES.length} lines, ${diffs} unexpected difference(s).`);
  return diffs === 0 ? 0 : 1;
}

process.exitCode = main();
