/**
 * The hostile corpus through the headless entries (`npm run az`, `npm run shell`), each case in
 * its own process with a temp AZ_SIM_STATE holding the seeded world. A case that runs past its
 * bound is killed and fails. Afterwards the state file must still parse with the model's
 * parseWorld and nothing may have been moved aside as corrupt.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWorld, serializeWorld } from '../../../src/model';
import { expectAnswer, HANG_MS } from './checks';
import { AZ_CASES, seededWorld, SHELL_CASES } from './corpus';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
const bins = { az: join(dir, 'az.mjs'), shell: join(dir, 'shell.mjs') };
/**
 * A guard against a real hang, not the one-second bound: that bound is enforced in-process by
 * az-corpus and shell-corpus. Here a process start-up is part of every case, and on a loaded
 * machine one start can take several times what the three measured ones did, so the guard
 * leaves room: never under ten seconds, and four times the slowest measured start.
 */
let killAfterMs = 10_000;

beforeAll(async () => {
  // Bundled like `npm run bundle:az`, so a case costs a node start, not a TypeScript compile.
  for (const [name, entry] of [['az', 'src/cli/bin/az.ts'], ['shell', 'src/shell/bin/shell.ts']] as const) {
    await build({
      entryPoints: [join(root, entry)],
      outfile: bins[name],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
  }
  const starts = [0, 1, 2].map(() => run('az', ['account', 'show', '-o', 'none']).ms);
  killAfterMs = Math.max(10_000, Math.ceil(HANG_MS + 4 * Math.max(...starts)));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(bin: keyof typeof bins, args: string[], input?: string) {
  const caseDir = mkdtempSync(join(dir, 'case-'));
  const state = join(caseDir, 'state.json');
  writeFileSync(state, serializeWorld(seededWorld()));
  const started = performance.now();
  const r = spawnSync(process.execPath, [bins[bin], ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, AZ_SIM_STATE: state, AZ_SIM_PROFILE: '' },
    timeout: killAfterMs,
    maxBuffer: 16 * 1024 * 1024,
  });
  return { r, ms: performance.now() - started, state, caseDir };
}

function expectStateValid(state: string, caseDir: string): void {
  expect(readdirSync(caseDir).filter((f) => f.includes('.corrupt-') || f.includes('.tmp-'))).toEqual([]);
  const parsed = parseWorld(JSON.parse(readFileSync(state, 'utf8')));
  expect(parsed.ok ? 'valid' : parsed.error).toBe('valid');
}

/**
 * Start-up costs about half a second per process on the shared CI machine, so the bin runs the
 * cases that exercise what only it has: stdin decoding (control bytes, 100 KB lines) and the
 * state file (commands that change the world). The rest run in-process in shell-corpus.
 */
const BIN_CASES = SHELL_CASES.filter((c) => c.kind === 'control' || c.kind === 'long' || /\baz \S+ (\S+ )?(create|update|import)\b/.test(c.input));

describe('headless shell bin', () => {
  it.each(BIN_CASES)('$kind: $name', (c) => {
    const { r, state, caseDir } = run('shell', [], `${c.input}\n`);
    expect(r.error?.message, 'killed after its time bound').toBeUndefined();
    expectAnswer({ exitCode: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }, c);
    expectStateValid(state, caseDir);
  });
});

describe('headless az bin', () => {
  // The operating system cannot pass a NUL byte inside an argument.
  it.each(AZ_CASES.filter((c) => !c.argv.some((w) => w.includes('\x00'))))('$kind: $name', (c) => {
    const { r, state, caseDir } = run('az', [...c.argv]);
    expect(r.error?.message, 'killed after its time bound').toBeUndefined();
    expectAnswer({ exitCode: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }, c);
    // Without a terminal az prints no colour, so any escape byte would be one the input smuggled in.
    if (!c.argv.some((w) => w.includes('\x1b'))) expect(r.stderr).not.toContain('\x1b');
    expectStateValid(state, caseDir);
  });

  it('a state file carrying a __proto__ key loads without it and saves without it', () => {
    const caseDir = mkdtempSync(join(dir, 'case-'));
    const state = join(caseDir, 'state.json');
    const world = JSON.parse(serializeWorld(seededWorld())) as Record<string, unknown>;
    writeFileSync(state, JSON.stringify(world).replace(/^\{/, '{"__proto__":{"polluted":true},'));
    const r = spawnSync(process.execPath, [bins.az, 'acr', 'update', '-n', 'myregistry', '--default-action', 'Deny', '--query', 'networkRuleSet.defaultAction', '-o', 'tsv'], {
      encoding: 'utf8',
      env: { ...process.env, AZ_SIM_STATE: state },
      timeout: killAfterMs,
    });
    expect(r.error?.message, 'killed after its time bound').toBeUndefined();
    expect([r.stdout, r.status]).toEqual(['Deny\n', 0]);
    const saved = readFileSync(state, 'utf8');
    expect(saved).not.toContain('__proto__');
    expect(parseWorld(JSON.parse(saved)).ok).toBe(true);
  });
});
