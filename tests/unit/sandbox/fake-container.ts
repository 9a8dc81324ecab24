/**
 * A test double of the part of the WebContainer API the sandbox uses (boot, mount, spawn,
 * fs.readFile/writeFile/rename/watch). Its `jsh` understands just enough to act like the real
 * shell with the bundled az on PATH: a line `az …` (optionally piped through `| cat`) runs the
 * simulated CLI on the state file named by AZ_SIM_STATE and saves it the way az does
 * (temp file, then rename), so the watch and the state sync see what they would see for real.
 */
import { runAz } from '~/cli/run';
import { parseWorld, serializeWorld } from '~/model';
import type { ContainerLike, FileTree, ProcessLike, SpawnOptionsLike } from '~/lab/webcontainer/container';
import { words } from '../cli/cmd-harness';

type Listener = (event: 'rename' | 'change', filename: string) => void;

export interface FakeShell extends ProcessLike {
  env: Record<string, string>;
  size: { cols: number; rows: number };
  typed: string;
  killed: boolean;
  /** Ends the shell as `exit` would. */
  exitWith(code: number): void;
}

export interface FakeOptions {
  spawnFails?: boolean;
  mountFails?: boolean;
  prompt?: string;
}

const WORKDIR = '/home/acr-lab';

export class FakeContainer implements ContainerLike {
  readonly files = new Map<string, string>();
  readonly symlinks = new Map<string, string>();
  readonly shells: FakeShell[] = [];
  readonly workdir = WORKDIR;
  readonly path = '/usr/local/bin:/usr/bin:/bin';
  mounts = 0;
  tornDown = false;
  private watchers: Array<{ dir: string; listener: Listener; closed: boolean }> = [];

  constructor(private readonly options: FakeOptions = {}) {}

  readonly fs = {
    readFile: async (path: string) => {
      const text = this.files.get(path);
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    writeFile: async (path: string, data: string) => {
      this.files.set(path, data);
      this.notify(path, 'change');
    },
    rename: async (from: string, to: string) => {
      const text = await this.fs.readFile(from);
      this.files.delete(from);
      this.files.set(to, text);
      this.notify(to, 'rename');
    },
    watch: (dir: string, listener: Listener) => {
      const w = { dir, listener, closed: false };
      this.watchers.push(w);
      return { close: () => void (w.closed = true) };
    },
  };

  get openWatchers(): number {
    return this.watchers.filter((w) => !w.closed).length;
  }

  async mount(tree: FileTree, prefix = ''): Promise<void> {
    if (this.options.mountFails) throw new Error('mount refused');
    if (!prefix) this.mounts += 1;
    for (const [name, node] of Object.entries(tree)) {
      const path = prefix ? `${prefix}/${name}` : name;
      if ('directory' in node) await this.mount(node.directory, path);
      else if ('symlink' in node.file) this.symlinks.set(path, node.file.symlink);
      else this.files.set(path, node.file.contents);
    }
  }

  async spawn(command: string, _args: string[], options: SpawnOptionsLike = {}): Promise<ProcessLike> {
    if (this.options.spawnFails || command !== 'jsh') throw new Error(`cannot spawn ${command}`);
    let out!: ReadableStreamDefaultController<string>;
    let resolveExit!: (code: number) => void;
    const prompt = this.options.prompt ?? '❯ ';
    let line = '';
    const shell: FakeShell = {
      env: options.env ?? {},
      size: options.terminal ?? { cols: 80, rows: 24 },
      typed: '',
      killed: false,
      output: new ReadableStream<string>({ start: (c) => void (out = c) }),
      input: new WritableStream<string>({
        write: (data) => {
          shell.typed += data;
          for (const ch of data) {
            if (ch !== '\r') {
              line += ch;
              continue;
            }
            const text = this.runLine(line.trim(), shell.env);
            line = '';
            out.enqueue(`\r\n${text}${prompt}`);
          }
        },
      }),
      exit: new Promise<number>((resolve) => (resolveExit = resolve)),
      resize: (size) => void (shell.size = size),
      kill: () => {
        shell.killed = true;
        resolveExit(137);
      },
      exitWith: (code) => resolveExit(code),
    };
    this.shells.push(shell);
    queueMicrotask(() => out.enqueue(prompt));
    return shell;
  }

  teardown(): void {
    this.tornDown = true;
  }

  /** The world in the state file named by the shell's AZ_SIM_STATE. */
  stateWorld(env: Record<string, string>) {
    const text = this.files.get(env.AZ_SIM_STATE.replace(`${WORKDIR}/`, '')) ?? 'null';
    const parsed = parseWorld(JSON.parse(text));
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.world;
  }

  private runLine(line: string, env: Record<string, string>): string {
    const argv = words(line.replace(/\s*\|\s*cat$/, ''));
    if (argv[0] !== 'az') return argv.length ? `jsh: command not found: ${argv[0]}\r\n` : '';
    const path = env.AZ_SIM_STATE.replace(`${WORKDIR}/`, '');
    const before = this.stateWorld(env);
    const res = runAz(argv.slice(1), before, { isTty: false });
    if (res.world !== before) {
      this.files.set(`${path}.tmp-1`, `${serializeWorld(res.world)}\n`);
      void this.fs.rename(`${path}.tmp-1`, path);
    }
    return res.chunks.map((c) => c.text).join('').replace(/\n/g, '\r\n');
  }

  private notify(path: string, event: 'rename' | 'change'): void {
    const slash = path.lastIndexOf('/');
    const dir = slash < 0 ? '' : path.slice(0, slash);
    for (const w of this.watchers) if (!w.closed && w.dir === dir) queueMicrotask(() => w.listener(event, path.slice(slash + 1)));
  }
}
