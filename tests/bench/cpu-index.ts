/**
 * The machine's CPU speed as Lighthouse's BenchmarkIndex measures it (string building with GC,
 * array copying without), taken in a blank Chromium page at 1×. DevTools' CPU calibration rates
 * a mid-tier phone (Pixel 5) about 1000 and a low-tier one (Moto G4 Power) about 264, so the
 * index divided by the throttling rate says roughly which device a throttled run stands for.
 */
import type { Browser } from 'playwright-core';

// A string, not a function: tsx would wrap a function's helpers in a `__name` the page lacks.
const INDEX = `(() => {
  const withGc = () => {
    const start = Date.now(); let n = 0;
    while (Date.now() - start < 500) { let s = ''; for (let j = 0; j < 10000; j++) s += 'a'; if (s.length !== 10000) break; n++; }
    return n / 10 / ((Date.now() - start) / 1000);
  };
  const withoutGc = () => {
    const a = [], b = []; for (let i = 0; i < 100000; i++) a[i] = b[i] = i;
    const start = Date.now(); let n = 0;
    while (n % 10 !== 0 || Date.now() - start < 500) { const src = n % 2 ? b : a, dst = n % 2 ? a : b; for (let j = 0; j < src.length; j++) dst[j] = src[j]; n++; }
    return n / 10 / ((Date.now() - start) / 1000);
  };
  return (withGc() + withoutGc()) / 2;
})()`;

/** Median of `runs` indexes after one untimed warm-up run (V8 tiers the loops up first). */
export async function cpuIndex(browser: Browser, runs = 3): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.evaluate(INDEX);
    const values: number[] = [];
    for (let i = 0; i < runs; i++) values.push(Number(await page.evaluate(INDEX)));
    values.sort((x, y) => x - y);
    return Math.round(values[Math.floor(values.length / 2)]);
  } finally {
    await context.close();
  }
}
