/**
 * Command latency and heap growth in the real lab terminal. Latency: the command is pasted into
 * xterm (its own paste path), then a real Enter key is pressed; the clock starts in a capture
 * keydown listener and stops when the lab records the shell state after the command (`store.setShell`), which the
 * lab does once the last output byte has been handed to xterm and just before the next prompt.
 * Both timestamps are taken in the page, so no browser round trip is counted; xterm's parsing
 * and painting after that are not included. The 1,000 heap commands go through the lab's own
 * `run` API (handed out with `lab:ready`), which types them the same way with reduced motion.
 */
import type { Browser } from 'playwright-core';
import { coldPage, heapUsed } from './page-metrics';
import { TRANSCRIPT } from './transcript';

interface LabApi {
  run(command: string): Promise<void>;
}

/**
 * The clock, installed once as page source (tsx would wrap named functions in a helper the page
 * lacks): Enter starts it, the lab's post-command `setShell` stops it; `paste` types a line
 * through xterm's paste path and arms it.
 */
const PROBE = `(() => {
  if (window.__probe) return;
  const probe = { t0: 0, done: Promise.resolve(0), resolve: () => undefined };
  probe.paste = (line) => {
    probe.done = new Promise((resolve) => { probe.resolve = resolve; });
    const transfer = new DataTransfer();
    transfer.setData('text/plain', line);
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  };
  document.addEventListener('keydown', (e) => { if (e.key === 'Enter') probe.t0 = performance.now(); }, { capture: true });
  const store = window.__labApi.store;
  const setShell = store.setShell.bind(store);
  store.setShell = (state) => { setShell(state); probe.resolve(performance.now() - probe.t0); };
  window.__probe = probe;
})()`;

type Probe = { paste(line: string): void; done: Promise<number> };

/** Times each command from its Enter key to the end of its output. */
async function timeByKeyboard(page: import('playwright-core').Page, commands: readonly string[]): Promise<number[]> {
  await page.evaluate(PROBE);
  await page.locator('[data-lab-terminal] textarea').focus();
  const out: number[] = [];
  for (const line of commands) {
    await page.evaluate((text) => (window as unknown as { __probe: Probe }).__probe.paste(text), line);
    await page.keyboard.press('Enter');
    out.push(await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe.done));
  }
  return out;
}

export interface TerminalSample {
  /** Milliseconds per transcript command, in transcript order. */
  latenciesMs: number[];
  /** JS heap after minus before 1,000 commands (both after garbage collection); null when not measured. */
  heapGrowthBytes: number | null;
  heapBeforeBytes: number | null;
}

/** Runs `commands` through the lab's `run` API (typing, Enter, waiting for the prompt). */
async function runInPage(page: import('playwright-core').Page, commands: readonly string[]): Promise<number[]> {
  return page.evaluate(async (lines) => {
    const api = (window as unknown as { __labApi: LabApi }).__labApi;
    const out: number[] = [];
    for (const line of lines) {
      const start = performance.now();
      await api.run(line);
      out.push(performance.now() - start);
    }
    return out;
  }, commands as string[]);
}

/** Opens `url` (a lesson page), waits for the terminal, then times the transcript and optionally the heap. */
export async function measureTerminal(browser: Browser, url: string, opts: { cpuRate: number; heapCommands: number }): Promise<TerminalSample> {
  const { page, cdp, close } = await coldPage(browser, { cpuRate: opts.cpuRate, reducedMotion: true });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => (window as unknown as { __labApi?: LabApi }).__labApi !== undefined, undefined, { timeout: 120_000 });
    // One untimed pass, through the same keyboard path, warms the JIT and fills the caches a
    // learner's session would have filled too; then the terminal finishes drawing it.
    await timeByKeyboard(page, TRANSCRIPT.slice(0, 5));
    await page.waitForTimeout(500);
    const latenciesMs = await timeByKeyboard(page, TRANSCRIPT);
    if (opts.heapCommands <= 0) return { latenciesMs, heapGrowthBytes: null, heapBeforeBytes: null };
    const before = await heapUsed(cdp);
    for (let done = 0; done < opts.heapCommands; done += TRANSCRIPT.length) {
      await runInPage(page, TRANSCRIPT.slice(0, Math.min(TRANSCRIPT.length, opts.heapCommands - done)));
    }
    const after = await heapUsed(cdp);
    return { latenciesMs, heapGrowthBytes: after - before, heapBeforeBytes: before };
  } finally {
    await close();
  }
}
