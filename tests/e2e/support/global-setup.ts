import type { TestProject } from 'vitest/node';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildIsStale, writeStamp } from '../../../src/server/build-state.mjs';
import { build } from '../../../src/server/build.mjs';
import { createStaticServer } from '../../../src/server/static-server.mjs';
import { findBrowser } from './find-browser';

const root = fileURLToPath(new URL('../../..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserPath: string;
  }
}

/** Builds the site once (when stale), serves `dist/` on a random 127.0.0.1 port. */
export default async function setup(project: TestProject) {
  const browserPath = findBrowser();
  if (await buildIsStale(root, '')) {
    if (build() !== 0) throw new Error('astro build failed; see the output above.');
    await writeStamp(root, '');
  }
  const server = createStaticServer({ root: join(root, 'dist'), base: '/' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('browserPath', browserPath);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
