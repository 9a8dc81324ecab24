/**
 * Bundle the headless `az` into one ES module that runs with plain `node` (no tsx, no
 * node_modules), e.g. inside a WebContainer: `node src/cli/bin/bundle.mjs <out.mjs>`.
 * The output path defaults to dist-cli/az.mjs.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const outfile = resolve(process.argv[2] ?? resolve(root, 'dist-cli/az.mjs'));

await build({
  entryPoints: [resolve(root, 'src/cli/bin/az.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Minified for the learner's download (the sandbox fetches it on opt-in); names kept for error messages.
  minify: true,
  keepNames: true,
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies (jmespath) may call require(); give the ES module one.
  banner: { js: "import { createRequire as __azCreateRequire } from 'node:module'; const require = __azCreateRequire(import.meta.url);" },
});

process.stdout.write(`${outfile}\n`);
