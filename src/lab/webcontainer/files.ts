/**
 * What the sandbox mounts: the bundled headless `az` (the same build as `npm run bundle:az`),
 * installed the way npm installs a package's `bin` (a package under node_modules plus a symlink
 * in node_modules/.bin, which is on the shell's PATH), and the lab world in a state file that
 * `az` reads and rewrites (`AZ_SIM_STATE`, see src/cli/bin/state-file.ts).
 */
import type { FileTree } from './container';

/** Folder of the state file, relative to the workdir (watched: `az` replaces the file by rename). */
export const STATE_DIR = '.lab';
export const STATE_NAME = 'state.json';
export const STATE_FILE = `${STATE_DIR}/${STATE_NAME}`;
/** Where the bins live, relative to the workdir. */
export const BIN_DIR = 'node_modules/.bin';

const PACKAGE = {
  name: 'az-sim',
  version: '1.0.0',
  description: 'The simulated az CLI of the ACR Trusted Services Lab',
  type: 'module',
  bin: { az: 'az.mjs' },
};

const PROJECT = {
  name: 'acr-lab-sandbox',
  private: true,
  description: 'Node sandbox of the ACR Trusted Services Lab: run az, ls, cat, node and pipes.',
  dependencies: { 'az-sim': PACKAGE.version },
};

/** The state file's text for a world already serialised with `serializeWorld` (what `az` writes). */
export const stateText = (serializedWorld: string): string => `${serializedWorld}\n`;

/** The tree to mount: `azSource` is the bundle's text, `serializedWorld` the current world. */
export function sandboxTree(azSource: string, serializedWorld: string): FileTree {
  // A bin needs a shebang to run from the shell; Node ignores the line in an ES module.
  const bin = azSource.startsWith('#!') ? azSource : `#!/usr/bin/env node\n${azSource}`;
  return {
    'package.json': { file: { contents: `${JSON.stringify(PROJECT, null, 2)}\n` } },
    node_modules: {
      directory: {
        'az-sim': {
          directory: {
            'package.json': { file: { contents: `${JSON.stringify(PACKAGE, null, 2)}\n` } },
            'az.mjs': { file: { contents: bin } },
          },
        },
        '.bin': { directory: { az: { file: { symlink: '../az-sim/az.mjs' } } } },
      },
    },
    [STATE_DIR]: { directory: { [STATE_NAME]: { file: { contents: stateText(serializedWorld) } } } },
  };
}

/** Environment of the sandbox shell: the state file for `az`, and the bins first on PATH. */
export function shellEnv(workdir: string, defaultPath: string): Record<string, string> {
  return {
    AZ_SIM_STATE: `${workdir}/${STATE_FILE}`,
    PATH: `${workdir}/${BIN_DIR}${defaultPath ? `:${defaultPath}` : ''}`,
  };
}
