import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createStaticServer } from '../../../src/server/static-server.mjs';
import { listFiles, urlForFile } from '../../../src/server/precache-manifest.mjs';
import { keepOnOrigin } from './browser';
import { CHROMIUM_ARGS } from './find-browser';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
export const distDir = join(root, 'dist');

/** URL paths (under `base`) of every built HTML page, e.g. `/en/lessons/01-why-exceptions/`. */
export async function builtPages(outDir: string, base = '/'): Promise<string[]> {
  return (await listFiles(outDir)).filter((f) => f.endsWith('.html')).map((f) => urlForFile(f, base));
}

/** True when every file the precache manifest lists exists and `_headers` is filled in. */
async function isComplete(dir: string): Promise<boolean> {
  const manifest = await readFile(join(dir, 'sw-manifest.json'), 'utf8').then(JSON.parse, () => null);
  const headers = await readFile(join(dir, '_headers'), 'utf8').catch(() => '{{');
  if (!manifest || headers.includes('{{')) return false;
  return manifest.entries.every(({ url }: { url: string }) => {
    const rel = decodeURI(url.slice(manifest.base.length));
    return existsSync(join(dir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel));
  });
}

/**
 * A private, complete copy of `dist/`. Other work in the same checkout may rebuild `dist/` while
 * these tests run; a copy checked against its own manifest keeps the tests about hosting,
 * not about a half-written folder.
 */
export async function snapshotDist(): Promise<{ dir: string; remove(): Promise<void> }> {
  for (let attempt = 0; attempt < 90; attempt++) {
    if (await isComplete(distDir)) {
      const dir = await mkdtemp(join(tmpdir(), 'acr-lab-dist-'));
      await cp(distDir, dir, { recursive: true });
      if (await isComplete(dir)) return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
      await rm(dir, { recursive: true, force: true });
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  throw new Error('dist/ did not become a complete build within 3 minutes');
}

export const isLessonPage = (path: string) => /\/(en|ko)\/lessons\/[^/]+\/$/.test(path);

export interface OwnServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * For a whole test file: a private copy of the build served on its own port (other work may
 * rebuild dist/ meanwhile), stopped and removed after the file. Read `dir` and `url` in tests
 * and hooks, not at import time.
 */
export function useOwnServer(): { readonly dir: string; readonly url: string } {
  let site: Awaited<ReturnType<typeof snapshotDist>> | undefined;
  let server: OwnServer | undefined;
  beforeAll(async () => {
    site = await snapshotDist();
    server = await serve(site.dir);
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    await site?.remove();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useOwnServer: read dir/url inside a test or hook');
    return value;
  };
  return {
    get dir() {
      return ready(site).dir;
    },
    get url() {
      return ready(server).url;
    },
  };
}

/** A private static server (the one `npm start` uses) on a random 127.0.0.1 port. */
export async function serve(dir: string, base = '/', headersFor?: (path: string) => Record<string, string>): Promise<OwnServer> {
  const server: Server = createStaticServer({ root: dir, base, headersFor });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface Watched {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** CSP violations reported by the browser (`securitypolicyviolation`), with the page URL. */
  violations: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Console warnings (Pagefind reports a failed worker this way). */
  warnings: string[];
  /** Requests that tried to leave the origin (aborted), when `origin` was given. */
  external: string[];
  close(): Promise<void>;
}

/**
 * A fresh Chromium context that reports every CSP violation of every page it loads (an init
 * script listens for `securitypolicyviolation` and calls back into the test). With `origin`,
 * all other network access is blocked and recorded.
 */
export async function watchedBrowser(opts: { origin?: string; locale?: string } = {}): Promise<Watched> {
  const browser = await chromium.launch({ executablePath: inject('browserPath'), args: CHROMIUM_ARGS });
  const context = await browser.newContext({ locale: opts.locale ?? 'en-US' });
  const violations: string[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  await context.exposeBinding('__reportCspViolation', ({ page }, text: string) => {
    violations.push(`${page?.url() ?? '?'}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation;
      void report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const external = opts.origin ? await keepOnOrigin(context, opts.origin) : [];
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
    if (msg.type() === 'warning') warnings.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`${page.url()}: ${String(err)}`));
  return { browser, context, page, violations, errors, warnings, external, close: () => browser.close() };
}

/** Waits until a service worker controls the page and has finished installing (precache done). */
export async function waitForOfflineReady(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return registration.scope;
  });
}
