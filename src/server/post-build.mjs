/**
 * The step after the pages are built: writes the files hosting needs into the output folder —
 * `_headers` with the CSP script hashes, and the service worker's precache manifest.
 */
import { fileURLToPath } from 'node:url';
import { writeHeadersFile } from './headers-file.mjs';
import { writePrecache } from './precache-manifest.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * @param {{ outDir: string, base: string }} opts
 * @returns {Promise<{ ok: true, summary: string } | { ok: false, error: string }>}
 */
export async function postBuild({ outDir, base }) {
  const headers = await writeHeadersFile({ root, outDir, base });
  if (!headers.ok) return headers;
  const precache = await writePrecache({ outDir, base });
  if (!precache.ok) return precache;
  const { entries, version } = precache.manifest;
  return { ok: true, summary: `_headers with ${headers.hashes} inline-script hashes; ${entries.length} files precached (version ${version})` };
}

/**
 * Runs `postBuild` at the end of EVERY Astro build (`npm run build`, a bare `astro build`, the
 * test builds), after Starlight has written the Pagefind index, so no build output can ship the
 * raw `_headers` template or an empty precache list. Must be listed after Starlight.
 * @returns {import('astro').AstroIntegration}
 */
export function hostingFiles() {
  let base = '/';
  return {
    name: 'acr-lab:hosting-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const result = await postBuild({ outDir: fileURLToPath(dir), base });
        // A build without its headers would be served without a CSP: fail it instead.
        if (!result.ok) throw new Error(`hosting files: ${result.error}`);
        logger.info(result.summary);
      },
    },
  };
}
