#!/usr/bin/env node
/**
 * `npm run build`: the Astro build (whose last step, `hostingFiles()` in post-build.mjs, writes
 * `_headers` and the precache manifest), then the stamp that lets `npm start` and the browser
 * tests skip rebuilding an up-to-date output.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { writeStamp } from './build-state.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Variables vitest copies from its Vite config into process.env (see vitest's cli-api). */
const TEST_RUNNER_VARS = /^(DEV|PROD|SSR|MODE|BASE_URL|TEST|NODE_ENV|VITEST(_.*)?)$/;

/**
 * The caller's environment minus what a test runner adds. Vitest puts NODE_ENV=test, DEV=1,
 * BASE_URL=/ and friends into process.env, and Astro reads process.env into server-side
 * `import.meta.env`: a build started from the browser tests would render pages in development
 * mode (Starlight swaps search for a "production builds only" note, the service worker never
 * registers) and with the wrong base URL.
 * @param {NodeJS.ProcessEnv} env
 */
export function buildEnv(env) {
  return { ...Object.fromEntries(Object.entries(env).filter(([name]) => !TEST_RUNNER_VARS.test(name))), NODE_ENV: 'production' };
}

/**
 * Runs the full build; returns the exit status. `outDir` (default `dist`) and `basePath`
 * (default `$BASE_PATH`) let the sub-path browser test build elsewhere without touching `dist/`.
 * @param {{ outDir?: string, basePath?: string }} [opts]
 */
export function build({ outDir = 'dist', basePath = process.env.BASE_PATH ?? '' } = {}) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build', '--outDir', resolve(root, outDir)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...buildEnv(process.env), BASE_PATH: basePath.replace(/\/+$/, ''), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return result.status ?? 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
  const status = build({ basePath });
  if (status === 0) await writeStamp(root, basePath);
  process.exit(status);
}
