/**
 * The lab shell's external commands: the simulated `az` and `docker`, each reading the current
 * world and handing back the world it leaves, plus their Tab completers (which read the same
 * command table as the parser, so a flag exists in one place).
 * The CLI is loaded on demand (see cli-entry.ts): a command awaits it, completion uses it once
 * it is there, and `preloadCli()` fetches it as soon as the terminal is up.
 */
import type { CliResult } from '../cli/types';
import type { ExternalCommand } from '../shell/types';
import type { CommandSet, WorldAccess } from './simulated-backend';

type CliModule = typeof import('./cli-entry');

let cli: CliModule | undefined;
let loading: Promise<CliModule> | undefined;

/** Starts loading the CLI (once) and resolves with it. */
export function preloadCli(): Promise<CliModule> {
  loading ??= import('./cli-entry').then((mod) => (cli = mod));
  return loading;
}

/** Wraps a CLI entry point as a shell command that commits the world it returns. */
function command(world: WorldAccess, run: (mod: CliModule, argv: string[], isTty: boolean) => CliResult): ExternalCommand {
  return async (args, ctx) => {
    const result = run(cli ?? (await preloadCli()), args, ctx.isTty);
    if (result.world !== world.get()) world.set(result.world);
    return { exitCode: result.exitCode, chunks: result.chunks };
  };
}

/** Completion before the CLI has arrived offers nothing rather than waiting. */
function completer(pick: (mod: CliModule, words: string[]) => string[]) {
  return (words: string[]) => {
    if (cli) return pick(cli, words);
    void preloadCli();
    return [];
  };
}

/** `az` and `docker` over `world`, with completion. */
export function labCommands(world: WorldAccess): CommandSet {
  return {
    commands: new Map<string, ExternalCommand>([
      ['az', command(world, (mod, argv, isTty) => mod.runAz(argv, world.get(), { isTty }))],
      ['docker', command(world, (mod, argv) => mod.runDocker(argv, world.get()))],
    ]),
    completers: new Map([
      ['az', completer((mod, words) => mod.completeAz(words, world.get()))],
      ['docker', completer((mod, words) => mod.completeDocker(words, world.get()))],
    ]),
  };
}
