/**
 * One cold page load, measured through CDP: a fresh browser context (empty HTTP cache, no
 * service worker yet) with the cache disabled, CPU throttled by `Emulation.setCPUThrottlingRate`,
 * observers for LCP and long tasks installed before any page script, and the lab's `lab:ready`
 * event (fired once the terminal accepts input) recorded in the capture phase.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { gzipSize } from './chunk-graph';

export interface LoadSample {
  /** Requests of the page (service-worker precaching runs in the worker and is not counted). */
  requests: { initial: number; total: number };
  /** gzip -9 bytes of the JavaScript and CSS the page fetched, before the terminal and in all. */
  jsGzip: { initial: number; total: number };
  cssGzip: { initial: number; total: number };
  /** Navigation start to DOMContentLoaded: the page is parsed and its deferred scripts (the lab's boot among them) start. */
  parsedMs: number;
  fcpMs: number;
  lcpMs: number;
  /** Navigation start to `lab:ready`; null on pages without a lab. */
  terminalReadyMs: number | null;
  /** Sum of (long task - 50 ms) from first contentful paint to the end of the measurement. */
  tbtMs: number;
  /** JS heap in use after a forced garbage collection, once the page has settled. */
  heapBytes: number;
}

const OBSERVERS = `
  window.__bench = { lcp: 0, longTasks: [], labReady: null };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('lab:ready', (e) => { window.__bench.labReady = performance.now(); window.__labApi = e.detail; }, { capture: true });
`;

export interface PageOptions {
  cpuRate: number;
  /** prefers-reduced-motion: the lab then types commands in one go (used for latency runs). */
  reducedMotion?: boolean;
}

/** A fresh context and page with CDP throttling and the observers; the caller closes the context. */
export async function coldPage(browser: Browser, opts: PageOptions): Promise<{ page: Page; cdp: CDPSession; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, reducedMotion: opts.reducedMotion ? 'reduce' : 'no-preference' });
  await context.addInitScript(OBSERVERS);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: opts.cpuRate });
  return { page, cdp, close: () => context.close() };
}

/** JS heap in use after garbage collection. */
export async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

/** Resolves once no request has started for `quietMs`. */
async function networkQuiet(cdp: CDPSession, quietMs: number, timeoutMs: number): Promise<void> {
  let last = Date.now();
  const bump = () => void (last = Date.now());
  cdp.on('Network.requestWillBeSent', bump);
  const started = Date.now();
  while (Date.now() - last < quietMs && Date.now() - started < timeoutMs) await new Promise((r) => setTimeout(r, 100));
  cdp.off('Network.requestWillBeSent', bump);
}

/**
 * Loads `url` cold and measures it. `dist` maps responses to built files (for gzip sizes);
 * `terminalFiles` (dist-relative) are the lazily loaded terminal chunks, counted apart.
 */
export async function measureLoad(browser: Browser, url: string, opts: PageOptions & { dist: string; terminalFiles: ReadonlySet<string>; hasLab: boolean }): Promise<LoadSample> {
  const { page, cdp, close } = await coldPage(browser, opts);
  const urls: string[] = [];
  cdp.on('Network.requestWillBeSent', (e) => urls.push(e.request.url));
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (opts.hasLab) await page.waitForFunction(() => (window as unknown as { __bench: { labReady: number | null } }).__bench.labReady !== null, undefined, { timeout: 120_000, polling: 50 });
    // Let lazy requests finish and late long tasks be reported.
    await networkQuiet(cdp, 1000, 30_000);
    const b = await page.evaluate(() => {
      const bench = (window as unknown as { __bench: { lcp: number; longTasks: [number, number][]; labReady: number | null } }).__bench;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { ...bench, fcp, parsed: nav?.domContentLoadedEventStart ?? Number.NaN, end: performance.now() };
    });
    const tbtMs = b.longTasks.filter(([start]) => start >= b.fcp).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    const origin = new URL(url).origin;
    const sample: LoadSample = {
      requests: { initial: 0, total: 0 },
      jsGzip: { initial: 0, total: 0 },
      cssGzip: { initial: 0, total: 0 },
      parsedMs: b.parsed,
      fcpMs: b.fcp,
      lcpMs: b.lcp,
      terminalReadyMs: b.labReady,
      tbtMs,
      heapBytes: await heapUsed(cdp),
    };
    for (const requested of urls) {
      const isTerminal = requested.startsWith(origin) && opts.terminalFiles.has(new URL(requested).pathname.slice(1));
      sample.requests.total += 1;
      if (!isTerminal) sample.requests.initial += 1;
      if (!requested.startsWith(origin)) continue;
      const file = new URL(requested).pathname.slice(1);
      const kind = file.endsWith('.js') ? sample.jsGzip : file.endsWith('.css') ? sample.cssGzip : null;
      if (!kind) continue;
      const size = gzipSize(opts.dist, file);
      kind.total += size;
      if (!isTerminal) kind.initial += size;
    }
    return sample;
  } finally {
    await close();
  }
}
