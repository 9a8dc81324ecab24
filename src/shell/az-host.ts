/**
 * Wires the simulated CLI into the shell: `az` and `docker` run against a world the host
 * keeps (the lab's session store, or the headless state file), and Tab completion reads the
 * same command table as the CLI. The shell itself never holds the world.
 */
import { completeAz } from '../cli/complete';
import { completeDocker } from '../cli/complete-docker';
import { runDocker } from '../cli/docker';
import { runAz } from '../cli/run';
import type { World } from '../model/types';
import type { ArgumentCompleter } from './completion';
import type { ExternalCommand, ShellHost } from './types';

/** Where the world lives; `set` is called after every command with the world it returned. */
export interface WorldStore {
  get(): World;
  set(world: World): void;
}

export interface AzHost {
  host: ShellHost;
  argumentCompleters: ReadonlyMap<string, ArgumentCompleter>;
}

/** Environment of a fresh lab shell (what `env` shows). */
export const DEFAULT_LAB_ENV: Readonly<Record<string, string>> = {
  HOME: '/home/learner',
  USER: 'learner',
  SHELL: '/bin/bash',
};

export function createAzHost(store: WorldStore, extra: ReadonlyMap<string, ExternalCommand> = new Map()): AzHost {
  const az: ExternalCommand = (args, ctx) => {
    const result = runAz(args, store.get(), { isTty: ctx.isTty });
    store.set(result.world);
    return result;
  };
  const docker: ExternalCommand = (args) => {
    const result = runDocker([...args], store.get());
    store.set(result.world);
    return result;
  };
  return {
    host: { commands: new Map([['az', az], ['docker', docker], ...extra]) },
    argumentCompleters: new Map<string, ArgumentCompleter>([
      ['az', (words) => completeAz(words, store.get())],
      ['docker', (words) => completeDocker(words, store.get())],
    ]),
  };
}
