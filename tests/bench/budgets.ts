/**
 * The site's performance budgets, in one place: the byte budgets gate CI (tests/e2e/budgets.e2e.ts),
 * the timing budgets are reported pass/fail by `npm run bench` only (timings on a shared machine
 * are too noisy for a test). Do not loosen a budget to make a build pass: shrink the build.
 */

export const KB = 1024;

/** Bytes after gzip (level 9, as `gzip-size`/size-limit measure). */
export const BYTE_BUDGETS = {
  /** JavaScript a lesson page loads before the terminal is started (module scripts, their static imports, inline scripts). */
  lessonInitialJs: 40 * KB,
  /** The lazily loaded terminal: xterm, model, CLI, shell and lab runtime (its static import graph, minus what the page already has). */
  terminalChunkJs: 140 * KB,
} as const;

export const TIMING_BUDGETS = {
  /** Navigation start until the terminal accepts input, lesson page, 4× CPU throttling (median). */
  terminalReadyMsThrottled: 1500,
  /** Enter to the last output byte of a command, p99 over the 50-command transcript. */
  commandLatencyP99Ms: 10,
  /** JS heap growth after 1,000 commands (after garbage collection). */
  heapGrowthBytes: 10 * 1024 * 1024,
  /** A full `npm run build`, when the bench had to build. */
  buildMs: 90_000,
} as const;
