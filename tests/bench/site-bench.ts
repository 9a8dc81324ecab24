/**
 * `npm run bench`: the site's performance benchmark (a measurement, not a test).
 * Builds the site when dist/ is stale (or always with `--build`, to time the build), serves a
 * snapshot of dist/ on 127.0.0.1 and drives Chromium through playwright-core with a cold cache:
 * the About page and lesson 6, `--runs` times each (default 5), at 1× and 4× CPU; then the
 * 50-command transcript in the lesson's terminal at 1× and 4×, and the heap after 1,000 commands.
 * Writes tests/.artifacts/bench-report.json and prints Markdown tables with budget verdicts.
 * `--strict` exits 1 when a measured budget fails.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { buildIsStale, writeStamp } from '../../src/server/build-state.mjs';
import { build } from '../../src/server/build.mjs';
import { createStaticServer } from '../../src/server/static-server.mjs';
import { CHROMIUM_ARGS, findBrowser } from '../e2e/support/find-browser';
import { lazyClosure, lessonBytes } from './chunk-graph';
import { cpuIndex } from './cpu-index';
import { measureLoad, type LoadSample } from './page-metrics';
import { budgetTable, budgets, latencyTable, median, medianSample, pageTable, percentile, type Column } from './report';
import { measureTerminal } from './terminal-metrics';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const HEAP_COMMANDS = 1000;
const PAGES = [
  { key: 'about', title: 'About', path: '/en/', hasLab: false },
  { key: 'lesson', title: 'Lesson 6', path: '/en/lessons/06-acr-tasks/', hasLab: true },
] as const;
const CPU_RATES = [1, 4] as const;

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/**
 * Builds when dist/ is stale (timed: that is a full `npm run build`). `--build` times a full
 * build into a temporary directory instead, so a dist/ that others are serving is not replaced.
 * Returns the directory to serve and the build time (null when nothing was built).
 */
async function ensureBuild(): Promise<{ out: string; buildMs: number | null }> {
  const forced = flag('build');
  if (!forced && !(await buildIsStale(root, ''))) return { out: join(root, 'dist'), buildMs: null };
  const out = forced ? join(await mkdtemp(join(tmpdir(), 'acr-bench-build-')), 'dist') : join(root, 'dist');
  log(`building the site into ${out}...`);
  const started = performance.now();
  if (build({ outDir: out }) !== 0) throw new Error('the build failed; see the output above.');
  const buildMs = performance.now() - started;
  if (!forced) await writeStamp(root, '');
  return { out, buildMs };
}

async function main(): Promise<number> {
  const { out, buildMs } = await ensureBuild();
  // Other processes on the machine slow every timing: the load average goes into the report.
  const loadBefore = loadavg()[0];
  // A private copy, so a rebuild by someone else mid-run cannot pull files from under the browser.
  const dist = join(await mkdtemp(join(tmpdir(), 'acr-bench-')), 'dist');
  await cp(out, dist, { recursive: true });
  if (out !== join(root, 'dist')) await rm(join(out, '..'), { recursive: true, force: true });
  const server = createStaticServer({ root: dist, base: '/' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
  try {
    const bytes = await lessonBytes(dist, 'en/lessons/06-acr-tasks/index.html');
    // What the lab fetches once started (xterm graph, CLI chunk, ...), minus the page's own scripts.
    const initialFiles = new Set(bytes.initial.files);
    const terminalFiles = new Set([...(bytes.terminal ? await lazyClosure(dist, bytes.terminal.entry) : [])].filter((f) => !initialFiles.has(f)));
    log('CPU index (Lighthouse BenchmarkIndex, 1×)');
    const benchmarkIndex = await cpuIndex(browser);
    const loads: Record<string, LoadSample[]> = {};
    for (const page of PAGES) {
      for (const cpuRate of CPU_RATES) {
        const key = `${page.key}@${cpuRate}x`;
        loads[key] = [];
        for (let run = 1; run <= RUNS; run++) {
          log(`${page.title}, ${cpuRate}× CPU, cold run ${run}/${RUNS}`);
          loads[key].push(await measureLoad(browser, `${origin}${page.path}`, { cpuRate, dist, terminalFiles, hasLab: page.hasLab }));
        }
      }
    }
    const latency: Record<string, number[]> = {};
    let heapGrowthBytes: number | null = null;
    for (const cpuRate of CPU_RATES) {
      latency[`${cpuRate}x`] = [];
      for (let run = 1; run <= RUNS; run++) {
        const heapCommands = cpuRate === 1 && run === 1 ? HEAP_COMMANDS : 0;
        log(`terminal transcript, ${cpuRate}× CPU, run ${run}/${RUNS}${heapCommands ? ` (+${heapCommands} commands for the heap)` : ''}`);
        const sample = await measureTerminal(browser, `${origin}/en/lessons/06-acr-tasks/`, { cpuRate, heapCommands });
        latency[`${cpuRate}x`].push(...sample.latenciesMs);
        if (heapCommands) heapGrowthBytes = sample.heapGrowthBytes;
      }
    }

    const medians = Object.fromEntries(Object.entries(loads).map(([k, v]) => [k, medianSample(v)]));
    const verdicts = budgets({
      // What Chromium fetched apart from the lab's own chunks (Pagefind's UI included) plus the inline scripts.
      lessonInitialJsGzip: medians['lesson@1x'].jsGzip.initial + bytes.initial.inlineGzip,
      terminalChunkGzip: bytes.terminal?.gzip ?? Number.NaN,
      terminalReadyThrottledMs: medians['lesson@4x'].terminalReadyMs,
      latencyP99Ms: percentile(latency['1x'], 99),
      heapGrowthBytes,
      buildMs,
    });
    const machine = {
      cores: cpus().length,
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      platform: `${process.platform} ${process.arch}`,
      node: process.version,
      chromium: browser.version(),
      benchmarkIndex,
      loadAverage1m: { before: loadBefore, after: loadavg()[0] },
    };
    const date = new Date().toISOString();
    const report = { date, machine, runs: RUNS, buildMs, bytes, loads, medians, latencyMs: latency, heapGrowthBytes, budgets: verdicts };
    await mkdir(join(root, 'tests/.artifacts'), { recursive: true });
    await writeFile(join(root, 'tests/.artifacts/bench-report.json'), `${JSON.stringify(report, null, 2)}\n`);

    const columns: Column[] = PAGES.flatMap((p) => CPU_RATES.map((r) => ({ title: `${p.title} ${r}×`, sample: medians[`${p.key}@${r}x`] })));
    const latencyRows = CPU_RATES.map((r) => ({ title: `Lesson 6, ${r}× CPU (${RUNS} × 50 commands)`, samples: latency[`${r}x`] }));
    const when = `Measured ${date.slice(0, 10)} on ${machine.cores} cores (${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.platform}), Node ${machine.node}, Chromium ${machine.chromium}, CPU index ${benchmarkIndex} (Lighthouse BenchmarkIndex at 1×, so about ${Math.round(benchmarkIndex / 4)} at 4×), 1-min load average ${loadBefore.toFixed(1)} → ${machine.loadAverage1m.after.toFixed(1)}; ${RUNS} cold run${RUNS === 1 ? '' : 's'} per column, median. Command latency median ${median(latency['1x']).toFixed(1)} ms at 1×.`;
    process.stdout.write(`${when}\n\n${pageTable(columns)}\n\n${latencyTable(latencyRows, heapGrowthBytes)}\n\n${budgetTable(verdicts)}\n`);
    log('report written to tests/.artifacts/bench-report.json');
    return flag('strict') && verdicts.some((b) => b.pass === false) ? 1 : 0;
  } finally {
    await browser.close();
    server.close();
    await rm(join(dist, '..'), { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
