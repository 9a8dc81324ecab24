/**
 * Headless `az`: `npm run -s az -- acr show -n myregistry`. Runs one command against the
 * world in the state file (see state-file.ts), prints exactly what the lab terminal would
 * print, saves the new world and exits with the command's exit code.
 */
import { runAz } from '../run';
import { loadState, profileFromEnv, saveState, stateFilePath } from './state-file';

function main(argv: string[]): number {
  const profile = profileFromEnv();
  if (!profile.ok) {
    process.stderr.write(`ERROR: ${profile.error}\n`);
    return 2;
  }
  const path = stateFilePath();
  const loaded = loadState(path, profile.profile);
  for (const e of loaded.errors) process.stderr.write(`ERROR: ${e}\n`);
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
