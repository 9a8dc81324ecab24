import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './find-browser';

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  /** Requests that tried to leave the test server's origin (they are blocked). */
  external: string[];
  close(): Promise<void>;
}

/**
 * Aborts every request of `context` that leaves `origin` (data: and blob: URLs stay local);
 * returns the list the aborted URLs are recorded in, so a test can prove the site works offline.
 */
export async function keepOnOrigin(context: BrowserContext, origin: string): Promise<string[]> {
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    external.push(url);
    return route.abort();
  });
  return external;
}

/**
 * Opens a fresh browser context on the built site. Every request outside the test origin is
 * recorded and aborted, so a test proves the site works offline.
 */
export async function openSession(opts: { locale?: string; javaScriptEnabled?: boolean } = {}): Promise<Session> {
  const baseUrl = inject('baseUrl');
  const browser = await chromium.launch({ executablePath: inject('browserPath'), args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    locale: opts.locale ?? 'en-US',
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
  });
  const errors: string[] = [];
  const external = await keepOnOrigin(context, baseUrl);
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return { browser, context, page, baseUrl, errors, external, close: () => browser.close() };
}
