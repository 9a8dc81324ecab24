/*
 * Service worker: keeps the lab usable offline after one visit.
 * - On install it stores every file of this build (the manifest below is written in by
 *   src/server/precache-manifest.mjs; files whose hash did not change are copied from the
 *   previous version's cache instead of downloaded again).
 * - Hashed `_astro/` files and other precached assets: cache first.
 * - Pages: network first, so a learner online always sees the current build; the precached
 *   copy is the fallback when the server cannot be reached.
 * - Only URLs of THIS build under THIS base are handled or cached: another copy of the lab at a
 *   different base on the same origin keeps its own worker and caches.
 * - A new build waits until the page asks it to take over ("Reload" in the update prompt).
 */
const MANIFEST = "__PRECACHE_MANIFEST__";
const CACHE_PREFIX = 'acr-lab-precache';
const PAGE_TIMEOUT_MS = 5000;
const CONCURRENCY = 6;

const scopePath = new URL(self.registration.scope).pathname;
// Unbuilt (dev) or copied to another base: stay inert rather than cache the wrong things.
const manifest = typeof MANIFEST === 'object' && MANIFEST.base === scopePath ? MANIFEST : null;
const ownPrefix = `${CACHE_PREFIX}:${scopePath}:`;
const cacheName = manifest ? `${ownPrefix}${manifest.version}` : '';
const known = new Map(manifest ? manifest.entries.map((e) => [e.url, e.hash]) : []);
// The manifest is stored with the files so the next version can tell which ones it can reuse.
const INDEX_URL = `${scopePath}__precache-index__`;

async function previousCopies() {
  const copies = new Map();
  for (const name of await caches.keys()) {
    if (!name.startsWith(ownPrefix) || name === cacheName) continue;
    const cache = await caches.open(name);
    const index = await cache.match(INDEX_URL);
    const old = index ? await index.json().catch(() => null) : null;
    for (const entry of old?.entries ?? []) copies.set(entry.url, { hash: entry.hash, cache });
  }
  return copies;
}

async function precache() {
  const cache = await caches.open(cacheName);
  const copies = await previousCopies();
  const queue = [...manifest.entries];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const copy = copies.get(entry.url);
      const reused = copy && copy.hash === entry.hash ? await copy.cache.match(entry.url) : undefined;
      // `no-cache` revalidates with the server, so the HTTP cache cannot hand us an older build.
      const response = reused ?? (await fetch(entry.url, { cache: 'no-cache' }));
      if (!response.ok) throw new Error(`precache: ${entry.url} answered ${response.status}`);
      await cache.put(entry.url, response);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await cache.put(INDEX_URL, new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } }));
}

self.addEventListener('install', (event) => {
  // A failed download rejects the install: the old version (or none) stays in charge.
  if (manifest) event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(ownPrefix) && name !== cacheName) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
});

async function fromCache(path) {
  const cache = await caches.open(cacheName);
  return cache.match(path);
}

async function networkFirst(request, path) {
  try {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), PAGE_TIMEOUT_MS);
    });
    const response = await Promise.race([fetch(request), timeout]);
    clearTimeout(timer);
    return response;
  } catch {
    const page = known.has(path) ? path : `${path}/`;
    const cached = known.has(page) ? await fromCache(page) : undefined;
    if (cached) return cached;
    const notFound = await fromCache(`${scopePath}404.html`);
    if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
    return Response.error();
  }
}

async function cacheFirst(request, path) {
  return (await fromCache(path)) ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  if (!manifest) return;
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(scopePath)) return;
  if (request.mode === 'navigate') return event.respondWith(networkFirst(request, url.pathname));
  // Anything this build did not produce goes straight to the network, uncached.
  if (known.has(url.pathname)) event.respondWith(cacheFirst(request, url.pathname));
});
