import { describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { builtPages, isLessonPage, useOwnServer } from './support/hosting';

// The server `npm start` runs (src/server/static-server.mjs), on a private copy of the build.
const site = useOwnServer();

/** The directives of a CSP header, as `name → sources`. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

async function head(path: string): Promise<Response> {
  return fetch(`${site.url}${path}`, { redirect: 'manual' });
}

const astroScript = async () => `/_astro/${(await readdir(join(site.dir, '_astro'))).find((f) => f.endsWith('.js'))}`;

describe('security headers from dist/_headers, served by the npm start server', () => {
  it.each([
    { kind: 'the language chooser at the root', path: '/' },
    { kind: 'a language home page', path: '/ko/' },
    { kind: 'an English lesson', path: '/en/lessons/01-why-exceptions/' },
    { kind: 'a Korean lesson', path: '/ko/lessons/09-sandbox/' },
    { kind: 'the instructor guide', path: '/en/guide/instructors/' },
    { kind: 'a missing page (404)', path: '/en/no-such-page/' },
    { kind: 'the search index', path: '/pagefind/pagefind.js' },
    { kind: 'the service worker', path: '/sw.js' },
  ])('$kind ($path) gets a strict CSP, nosniff and a referrer policy', async ({ path }) => {
    const response = await head(path);
    const csp = response.headers.get('content-security-policy') ?? '';
    const policy = directives(csp);
    const scripts = policy.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts.some((s) => s.startsWith("'sha256-"))).toBe(true);
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('sends COOP and COEP on every lesson page, in both languages, and on no other page', async () => {
    const pages = await builtPages(site.dir);
    expect(pages.filter(isLessonPage).length).toBeGreaterThanOrEqual(18);
    for (const path of pages) {
      const response = await head(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toMatch(/script-src 'self'/);
      const coop = response.headers.get('cross-origin-opener-policy');
      const coep = response.headers.get('cross-origin-embedder-policy');
      expect([path, coop, coep]).toEqual(isLessonPage(path) ? [path, 'same-origin', 'require-corp'] : [path, null, null]);
    }
  });

  it('caches hashed assets for a year and revalidates pages and the worker', async () => {
    expect((await head(await astroScript())).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await head('/en/')).headers.get('cache-control')).toBe('no-cache');
    expect((await head('/sw.js')).headers.get('cache-control')).toBe('no-cache');
  });

  it.each(['/_headers', '/.build-stamp'])('does not serve host configuration: %s', async (path) => {
    const response = await head(path);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/Content-Security-Policy:/);
  });

  it('applies the rules to redirects too', async () => {
    const response = await head('/en/lessons/01-why-exceptions');
    expect(response.status).toBe(308);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
