/**
 * Headless `az`: `npm run -s az -- acr show -n myregistry`. Runs one command against the
 * world in the state file (see state-file.ts), prints exactly what the lab terminal would
 * print, saves the new world and exits with the command's exit code.
 */
import { runAz } from '../run';
import { openStateFromEnv, saveState } from './state-file';

function main(argv: string[]): number {
  const opened = openStateFromEnv();
  if (!opened) return 2;
  const { path, loaded } = opened;
  const res = runAz(argv, loaded.world, { isTty: process.stdout.isTTY === true });
  for (const chunk of res.chunks) (chunk.stream === 'stdout' ? process.stdout : process.stderr).write(chunk.text);
  if (loaded.changed || res.world !== loaded.world) {
    const err = saveState(path, res.world);
    if (err) {
      process.stderr.write(`ERROR: ${err}\n`);
      return res.exitCode === 0 ? 1 : res.exitCode;
    }
  }
  return res.exitCode;
}

process.exitCode = main(process.argv.slice(2));
