/**
 * Fuzzing whole command lines: random words from the CLI's own vocabulary and mutations of
 * valid lines. `runAz` must never throw, always end with an exit code az uses (0-3) and say
 * something when it fails, and leave a world that still validates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_COMMANDS } from '../../../src/cli/commands/index';
import { GLOBAL_ARGS } from '../../../src/cli/parser/globals';
import { runAz } from '../../../src/cli/run';
import type { CliResult } from '../../../src/cli/types';
import { createGroup, createRegistry, createWorld, parseWorld, serializeWorld, type World } from '../../../src/model';

function seeded(): World {
  let w = createWorld();
  const g = createGroup(w, { name: 'lab-rg', location: 'koreacentral' });
  if (g.ok) w = g.world;
  const r = createRegistry(w, { name: 'labregistry', resourceGroup: 'lab-rg', sku: 'Premium' });
  return r.ok ? r.world : w;
}

const pathWords = [...new Set(ALL_COMMANDS.flatMap((c) => c.name.split(' ')))];
const optionWords = [...new Set([...ALL_COMMANDS.flatMap((c) => c.args.flatMap((a) => a.options)), ...GLOBAL_ARGS.flatMap((a) => a.options)])];
const valueWords = [
  'labregistry', 'labregistry.azurecr.io', 'lab-rg', 'nope', 'Premium', 'basic', 'Gold', 'true', 'FALSE', 'maybe', 'table', 'tsv',
  'yaml', 'jsonc', 'none', 'xml', '[?', 'id', '[].name', 'length(@)', '203.0.113.10', '10.0.0.0/8', '[system]', 'AcrPush', 'AcrPul',
  'networkRuleBypassAllowedForTasks=true', 'hello-world:latest', '', ' ', '-', '--', '=', '--x=y', '-5', '한국어', '__proto__',
  'constructor', "it's", '"q"', 'a'.repeat(300),
];
const word = fc.oneof(fc.constantFrom(...pathWords), fc.constantFrom(...optionWords), fc.constantFrom(...valueWords), fc.string({ maxLength: 8 }));

const VALID = [
  'acr create -n newregistry -g lab-rg --sku Premium',
  'acr update -n labregistry --public-network-enabled false',
  'acr update -n labregistry --set networkRuleBypassAllowedForTasks=true',
  'acr show -n labregistry --query networkRuleSet -o table',
  'acr network-rule add -n labregistry --ip-address 203.0.113.10',
  'acr task create -n t1 -r labregistry --cmd hello-world -c /dev/null --assign-identity [system] --auth-mode None',
  'acr task credential add -n t1 -r labregistry --login-server labregistry.azurecr.io --use-identity [system]',
  'acr task run -n t1 -r labregistry',
  'role assignment create --assignee-object-id 00000000-0000-0000-0000-000000000000 --role AcrPush --scope /x',
  'group list -o tsv',
  'identity create -n id1 -g lab-rg',
  'logout',
  'login',
].map((l) => l.split(' '));

type Mutation = { kind: 'delete' | 'duplicate' | 'insert' | 'replace' | 'swap' | 'upper'; at: number; word: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'insert', 'replace', 'swap', 'upper'),
  at: fc.nat(20),
  word,
});

function mutate(line: string[], ms: Mutation[]): string[] {
  const out = [...line];
  for (const m of ms) {
    const i = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'delete') out.splice(i, 1);
    else if (m.kind === 'duplicate' && out.length > 0) out.splice(i, 0, out[i]);
    else if (m.kind === 'insert') out.splice(i, 0, m.word);
    else if (m.kind === 'replace') out[i] = m.word;
    else if (m.kind === 'swap' && out.length > 1) [out[i], out[(i + 1) % out.length]] = [out[(i + 1) % out.length], out[i]];
    else if (m.kind === 'upper' && out.length > 0) out[i] = out[i].toUpperCase();
  }
  return out;
}

function checkInvariants(argv: string[], before: World, r: CliResult): void {
  expect([0, 1, 2, 3], argv.join(' ')).toContain(r.exitCode);
  expect(r.chunks.filter((c) => c.stream === 'stdout').map((c) => c.text).join('')).toBe(r.stdout);
  if (r.exitCode !== 0) expect(r.stdout + r.stderr, argv.join(' ')).not.toBe('');
  if (r.exitCode === 2 && r.stderr.startsWith('ERROR: ')) expect(r.world).toBe(before);
  // A handler bug surfaces as a raw JavaScript message; the CLI must always speak az.
  expect(r.stderr, argv.join(' ')).not.toMatch(/Cannot read propert|is not a function|is not iterable|undefined \(reading/);
  const parsed = parseWorld(JSON.parse(serializeWorld(r.world)));
  expect(parsed.ok, `${argv.join(' ')}: ${parsed.ok ? '' : parsed.error}`).toBe(true);
}

describe('fuzzed command lines', () => {
  const base = seeded();

  it('random words never break the CLI', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 10 }), (argv) => {
        checkInvariants(argv, base, runAz(argv, base));
      }),
      { numRuns: 400 },
    );
  });

  it('mutated valid lines never break the CLI', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALID), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), (line, ms, tty) => {
        const argv = mutate(line, ms);
        checkInvariants(argv, base, runAz(argv, base, { isTty: tty }));
      }),
      { numRuns: 400 },
    );
  });

  it('sequences of commands keep the world valid', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...VALID), fc.array(mutation, { maxLength: 1 })), { minLength: 1, maxLength: 8 }), (steps) => {
        let w = base;
        for (const [line, ms] of steps) {
          const argv = mutate(line, ms);
          const r = runAz(argv, w);
          checkInvariants(argv, w, r);
          w = r.world;
        }
      }),
      { numRuns: 100 },
    );
  });
});
