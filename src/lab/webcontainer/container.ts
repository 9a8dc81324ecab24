/**
 * The part of `@webcontainer/api` the sandbox uses, as plain interfaces: booting, mounting a
 * file tree, spawning a process with a pseudo-terminal, and reading, writing and watching files.
 * The backend is written against these so unit tests can pass a test double; only
 * `loadWebContainer` touches the real package, and only after the learner opts in.
 */

/** A file tree as `WebContainer.mount` takes it (a subset: files, folders, symlinks). */
export interface FileTree {
  [name: string]: { file: { contents: string } } | { file: { symlink: string } } | { directory: FileTree };
}

/** A running process (`WebContainerProcess`). */
export interface ProcessLike {
  readonly output: ReadableStream<string>;
  readonly input: WritableStream<string>;
  readonly exit: Promise<number>;
  resize(dimensions: { cols: number; rows: number }): void;
  kill(): void;
}

/** A file watcher (`IFSWatcher`). */
export interface WatcherLike {
  close(): void;
}

/** The file system calls we make; paths are relative to the container's workdir. */
export interface FileSystemLike {
  readFile(path: string, encoding: 'utf-8'): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  watch(path: string, listener: (event: 'rename' | 'change', filename: string | Uint8Array) => void): WatcherLike;
}

export interface SpawnOptionsLike {
  env?: Record<string, string>;
  terminal?: { cols: number; rows: number };
}

/** A booted container (`WebContainer`). */
export interface ContainerLike {
  readonly fs: FileSystemLike;
  /** Absolute path of the working directory, e.g. `/home/acr-lab`. */
  readonly workdir: string;
  /** Default `PATH` of spawned processes. */
  readonly path: string;
  mount(tree: FileTree): Promise<void>;
  spawn(command: string, args: string[], options?: SpawnOptionsLike): Promise<ProcessLike>;
  teardown(): void;
}

/** Boots a container; `WebContainer.boot` in the browser, a double in tests. */
export type BootContainer = () => Promise<ContainerLike>;

/**
 * Cross-origin embedder policy the page is served with; it must match the page's
 * `Cross-Origin-Embedder-Policy` header (public/_headers sends `require-corp` on lesson pages),
 * see https://webcontainers.io/guides/configuring-headers.
 */
export type Coep = 'require-corp' | 'credentialless';

/**
 * The real boot: imports `@webcontainer/api` on demand (so pages that never opt in never load
 * it) and boots with the page's COEP. The package inserts a hidden iframe from StackBlitz.
 */
export function loadWebContainer(coep: Coep, workdirName = 'acr-lab'): BootContainer {
  return async () => {
    const { WebContainer } = await import('@webcontainer/api');
    const wc = await WebContainer.boot({ coep, workdirName });
    return {
      fs: {
        readFile: (path, encoding) => wc.fs.readFile(path, encoding),
        writeFile: (path, data) => wc.fs.writeFile(path, data),
        rename: (from, to) => wc.fs.rename(from, to),
        watch: (path, listener) => wc.fs.watch(path, listener),
      },
      get workdir() {
        return wc.workdir;
      },
      get path() {
        return wc.path;
      },
      mount: (tree) => wc.mount(tree),
      spawn: (command, args, options) => wc.spawn(command, args, options),
      teardown: () => wc.teardown(),
    };
  };
}
