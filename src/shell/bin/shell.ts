/**
 * Headless lab shell: `npm run -s shell < script.sh` (or `echo 'az acr list' | npm run -s shell`).
 * Reads commands from stdin, one per line (continuation lines joined as the terminal does),
 * prints what the lab terminal prints minus prompts and echo, and exits with the last
 * command's status. The world is shared with `npm run -s az` through the state file
 * (`AZ_SIM_STATE`, `AZ_SIM_PROFILE`). On a real terminal it runs the interactive line editor.
 */
import { openStateFromEnv, saveState } from '../../cli/bin/state-file';
import type { World } from '../../model/types';
import { createAzHost, DEFAULT_LAB_ENV } from '../az-host';
import { Shell } from '../interpreter';
import { splitCommands } from '../script';
import { ShellSession } from '../session';
import type { ExternalCommand, ShellIo } from '../types';

const io: ShellIo = (chunk) => void (chunk.stream === 'stdout' ? process.stdout : process.stderr).write(chunk.text);

async function readStdin(): Promise<string> {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

async function main(): Promise<number> {
  const opened = openStateFromEnv();
  if (!opened) return 2;
  const { path, loaded } = opened;
  let world: World = loaded.world;
  let dirty = loaded.changed;
  const save = (): boolean => {
    if (!dirty) return true;
    const err = saveState(path, world);
    if (err) process.stderr.write(`ERROR: ${err}\n`);
    dirty = err !== undefined;
    return err === undefined;
  };
  let exitRequest: number | null = null;
  const exit: ExternalCommand = (args) => {
    exitRequest = args[0] !== undefined && /^[0-9]+$/.test(args[0]) ? Number(args[0]) & 255 : -1;
    return { exitCode: exitRequest < 0 ? 0 : exitRequest, chunks: [] };
  };
  const store = { get: () => world, set: (w: World) => void (w !== world && ((world = w), (dirty = true))) };
  const { host, argumentCompleters } = createAzHost(store, new Map([['exit', exit]]));
  const tty = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const shell = new Shell({ host, env: DEFAULT_LAB_ENV, paced: tty, isTty: process.stdout.isTTY === true });

  if (tty) return interactive(shell, argumentCompleters, save, () => exitRequest);

  let controller: AbortController | null = null;
  process.on('SIGINT', () => controller?.abort());
  for (const command of splitCommands(await readStdin())) {
    if (command.trim() === '') continue;
    shell.history.add(command);
    controller = new AbortController();
    await shell.run(command, io, controller.signal);
    if (!save()) return 1;
    if (exitRequest !== null) break;
  }
  return exitRequest !== null && exitRequest >= 0 ? exitRequest : shell.status;
}

function interactive(
  shell: Shell,
  argumentCompleters: ReturnType<typeof createAzHost>['argumentCompleters'],
  save: () => boolean,
  exitRequest: () => number | null,
): Promise<number> {
  return new Promise((resolve) => {
    const finish = (code: number) => {
      process.stdin.setRawMode(false);
      process.stdin.pause();
      resolve(code);
    };
    const session = new ShellSession({
      shell,
      write: (data) => void process.stdout.write(data),
      // A pty that never set its size reports 0 columns.
      cols: process.stdout.columns || 80,
      argumentCompleters,
      onCommandDone: () => {
        save();
        const code = exitRequest();
        if (code !== null) finish(code >= 0 ? code : shell.status);
      },
    });
    process.stdin.setRawMode(true);
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (data: string) => {
      // Ctrl+D on an empty line leaves, as in bash.
      if (data === '\x04' && session.editor.line === '' && !session.busy) {
        process.stdout.write('exit\r\n');
        return finish(shell.status);
      }
      session.input(data);
    });
    process.stdout.on('resize', () => session.resize(process.stdout.columns || 80));
    session.start();
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bash: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
