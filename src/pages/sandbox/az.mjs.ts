/**
 * `/sandbox/az.mjs`: the headless az bundled into one ES module (exactly `npm run bundle:az`,
 * i.e. src/cli/bin/bundle.mjs), written into the build as a static file. The Node sandbox
 * fetches it from the site's own origin and mounts it into the WebContainer, so nothing but
 * StackBlitz's runtime itself comes from elsewhere.
 */
import type { APIRoute } from 'astro';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const prerender = true;

/** Runs the CLI's own bundle script; a failure fails the build with its output. */
function bundleAz(): string {
  // Astro builds and serves from the project folder (src/server/build.mjs sets the cwd).
  const script = join(process.cwd(), 'src/cli/bin/bundle.mjs');
  if (!existsSync(script)) throw new Error(`sandbox/az.mjs: ${script} not found (run the build from the project folder)`);
  const dir = mkdtempSync(join(tmpdir(), 'acr-lab-az-'));
  try {
    const out = join(dir, 'az.mjs');
    const run = spawnSync(process.execPath, [script, out], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`sandbox/az.mjs: bundling failed\n${run.stderr}${run.stdout}`);
    return readFileSync(out, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const GET: APIRoute = () =>
  new Response(bundleAz(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
