#!/usr/bin/env node
/**
 * `npm start`: builds the site when `dist/` is missing or stale, then serves it on the LAN
 * (0.0.0.0, port from PORT, default 4321) with the project's security headers.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildIsStale, writeStamp } from './build-state.mjs';
import { build } from './build.mjs';
import { createStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '0.0.0.0';

if (await buildIsStale(root, basePath)) {
  console.log('Building the site (dist/ is missing or older than the sources)…');
  const status = build();
  if (status !== 0) process.exit(status);
  await writeStamp(root, basePath);
}

const server = createStaticServer({ root: join(root, 'dist'), base: `${basePath}/` });
server.listen(port, host, () => {
  console.log(`ACR Trusted Services Lab: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${basePath}/`);
  if (host === '0.0.0.0') console.log('Learners on the same network can use this machine\'s IP address with the same port.');
  // Service workers need a secure context: https:// or localhost (https://w3c.github.io/ServiceWorker/#secure-context).
  console.log('Offline use after the first visit works on localhost or over HTTPS, not on a plain-HTTP LAN address.');
});
