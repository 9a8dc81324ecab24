/**
 * The lab shell's external commands: the simulated `az` and `docker`, each reading the current
 * world and handing back the world it leaves, plus their Tab completers (which read the same
 * command table as the parser, so a flag exists in one place).
 */
import { completeAz } from '../cli/complete';
import { completeDocker } from '../cli/complete-docker';
import { runDocker } from '../cli/docker';
import { runAz } from '../cli/run';
import type { CliResult } from '../cli/types';
import type { ExternalCommand } from '../shell/types';
import type { CommandSet, WorldAccess } from './simulated-backend';

/** Wraps a CLI entry point as a shell command that commits the world it returns. */
function command(world: WorldAccess, run: (argv: string[], isTty: boolean) => CliResult): ExternalCommand {
  return (args, ctx) => {
    const result = run(args, ctx.isTty);
    if (result.world !== world.get()) world.set(result.world);
    return { exitCode: result.exitCode, chunks: result.chunks };
  };
}

/** `az` and `docker` over `world`, with completion. */
export function labCommands(world: WorldAccess): CommandSet {
  return {
    commands: new Map<string, ExternalCommand>([
      ['az', command(world, (argv, isTty) => runAz(argv, world.get(), { isTty }))],
      ['docker', command(world, (argv) => runDocker(argv, world.get()))],
    ]),
    completers: new Map([
      ['az', (words: string[]) => completeAz(words, world.get())],
      ['docker', (words: string[]) => completeDocker(words, world.get())],
    ]),
  };
}
