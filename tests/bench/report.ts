/**
 * Turning bench samples into the report: medians per metric, median and p99 latency, budget
 * verdicts, and the Markdown tables printed at the end and pasted into the README.
 */
import { BYTE_BUDGETS, KB, TIMING_BUDGETS } from './budgets';
import type { LoadSample } from './page-metrics';

export const median = (xs: number[]): number => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Nearest-rank percentile. */
export const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : Number.NaN;
};

/** The median of every numeric field of the samples (nested one level, as in LoadSample). */
export function medianSample(samples: LoadSample[]): LoadSample {
  const pick = (f: (s: LoadSample) => number | null) => median(samples.map((s) => f(s) ?? Number.NaN));
  return {
    requests: { initial: pick((s) => s.requests.initial), total: pick((s) => s.requests.total) },
    jsGzip: { initial: pick((s) => s.jsGzip.initial), total: pick((s) => s.jsGzip.total) },
    cssGzip: { initial: pick((s) => s.cssGzip.initial), total: pick((s) => s.cssGzip.total) },
    parsedMs: pick((s) => s.parsedMs),
    fcpMs: pick((s) => s.fcpMs),
    lcpMs: pick((s) => s.lcpMs),
    terminalReadyMs: samples.some((s) => s.terminalReadyMs !== null) ? pick((s) => s.terminalReadyMs) : null,
    tbtMs: pick((s) => s.tbtMs),
    heapBytes: pick((s) => s.heapBytes),
  };
}

export interface Budget {
  name: string;
  limit: string;
  measured: string;
  pass: boolean | null;
}

export interface BenchNumbers {
  lessonInitialJsGzip: number;
  terminalChunkGzip: number;
  terminalReadyThrottledMs: number | null;
  latencyP99Ms: number;
  heapGrowthBytes: number | null;
  buildMs: number | null;
}

const kb = (b: number) => `${(b / KB).toFixed(1)} KB`;
const ms = (x: number | null) => (x === null || !Number.isFinite(x) ? '–' : x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`);
const mb = (b: number | null) => (b === null || !Number.isFinite(b) ? '–' : `${(b / 1024 / 1024).toFixed(1)} MB`);

/** Pass/fail for each budget of the issue (build: not measured when the bench did not build). */
export function budgets(n: BenchNumbers): Budget[] {
  const row = (name: string, limit: string, measured: string, value: number | null, max: number): Budget => ({
    name,
    limit,
    measured,
    pass: value === null || !Number.isFinite(value) ? null : value <= max,
  });
  return [
    row('Lesson JS before the terminal (gzip, fetched + inline)', `≤ ${kb(BYTE_BUDGETS.lessonInitialJs)}`, kb(n.lessonInitialJsGzip), n.lessonInitialJsGzip, BYTE_BUDGETS.lessonInitialJs),
    row('Terminal chunk, xterm + our code (gzip)', `≤ ${kb(BYTE_BUDGETS.terminalChunkJs)}`, kb(n.terminalChunkGzip), n.terminalChunkGzip, BYTE_BUDGETS.terminalChunkJs),
    row('Terminal accepts input, 4× CPU (median)', `≤ ${ms(TIMING_BUDGETS.terminalReadyMsThrottled)}`, ms(n.terminalReadyThrottledMs), n.terminalReadyThrottledMs, TIMING_BUDGETS.terminalReadyMsThrottled),
    row('Command latency p99', `≤ ${ms(TIMING_BUDGETS.commandLatencyP99Ms)}`, ms(n.latencyP99Ms), n.latencyP99Ms, TIMING_BUDGETS.commandLatencyP99Ms),
    row('Heap growth after 1,000 commands', `≤ ${mb(TIMING_BUDGETS.heapGrowthBytes)}`, mb(n.heapGrowthBytes), n.heapGrowthBytes, TIMING_BUDGETS.heapGrowthBytes),
    row('Full npm run build', `≤ ${Math.round(TIMING_BUDGETS.buildMs / 1000)} s`, n.buildMs === null ? 'not run (build was fresh)' : `${(n.buildMs / 1000).toFixed(0)} s`, n.buildMs, TIMING_BUDGETS.buildMs),
  ];
}

export interface Column {
  title: string;
  sample: LoadSample;
}

/** The page table: one column per page × CPU rate. */
export function pageTable(columns: Column[]): string {
  const rows: [string, (s: LoadSample) => string][] = [
    ['Requests (before terminal / all)', (s) => `${s.requests.initial} / ${s.requests.total}`],
    ['JS gzip (before terminal / all)', (s) => `${kb(s.jsGzip.initial)} / ${kb(s.jsGzip.total)}`],
    ['CSS gzip (before terminal / all)', (s) => `${kb(s.cssGzip.initial)} / ${kb(s.cssGzip.total)}`],
    ['Page parsed (DOMContentLoaded)', (s) => ms(s.parsedMs)],
    ['First Contentful Paint', (s) => ms(s.fcpMs)],
    ['Largest Contentful Paint', (s) => ms(s.lcpMs)],
    ['Terminal accepts input', (s) => ms(s.terminalReadyMs)],
    ['Total blocking time', (s) => ms(s.tbtMs)],
    ['JS heap', (s) => mb(s.heapBytes)],
  ];
  const head = `| Median of the runs | ${columns.map((c) => c.title).join(' | ')} |\n|---|${columns.map(() => '---:').join('|')}|`;
  return [head, ...rows.map(([name, f]) => `| ${name} | ${columns.map((c) => f(c.sample)).join(' | ')} |`)].join('\n');
}

export function latencyTable(rows: { title: string; samples: number[] }[], heapGrowthBytes: number | null): string {
  const lines = ['| Command latency (Enter → last output byte) | Median | p99 | Samples |', '|---|---:|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.title} | ${ms(median(r.samples))} | ${ms(percentile(r.samples, 99))} | ${r.samples.length} |`);
  lines.push('', `Heap growth after 1,000 commands (1× CPU, after GC): ${mb(heapGrowthBytes)}.`);
  return lines.join('\n');
}

export function budgetTable(list: Budget[]): string {
  const verdict = (b: Budget) => (b.pass === null ? 'not measured' : b.pass ? 'pass' : '**FAIL**');
  return ['| Budget | Limit | Measured | Result |', '|---|---:|---:|---|', ...list.map((b) => `| ${b.name} | ${b.limit} | ${b.measured} | ${verdict(b)} |`)].join('\n');
}
