#!/usr/bin/env node
/**
 * `npm run build`: the Astro build, then the stamp that lets `npm start` and the browser
 * tests skip rebuilding an up-to-date `dist/`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { writeStamp } from './build-state.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

/** Runs the full build; returns the exit status. */
export function build() {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return result.status ?? 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const status = build();
  if (status === 0) await writeStamp(root, basePath);
  process.exit(status);
}
