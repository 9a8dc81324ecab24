/**
 * Getting a container ready, with one deadline for the whole start: boot (StackBlitz's hosted
 * iframe: slow on a first visit, never answering offline), download the bundled `az` from our
 * own origin, mount it with the world. Every failure comes back as a value so the caller can
 * fall back to the simulator; a boot that answers after the deadline is torn down, because a
 * page may only hold one WebContainer (https://webcontainers.io/api).
 */
import type { BootContainer, ContainerLike } from './container';
import { sandboxTree } from './files';

/** The phases shown to the learner while the sandbox starts. */
export type BootStep = 'boot' | 'download' | 'mount' | 'shell';

export type BootFailure =
  | { kind: 'timeout'; step: BootStep }
  | { kind: 'offline' }
  /** The page's Content-Security-Policy refused StackBlitz's frame. */
  | { kind: 'blocked' }
  /** The learner switched the toggle off again while it was starting. */
  | { kind: 'cancelled' }
  | { kind: 'error'; step: BootStep; error: string };

export type StepResult<T> = { ok: true; value: T } | { ok: false; failure: BootFailure };

/** A point in time after which every step gives up, and a way to give up earlier. */
export interface Deadline {
  at: number;
  signal?: AbortSignal;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Runs `work` until the deadline; `late` receives the value if it arrives after giving up.
 * An aborted signal whose reason is a `BootFailure` ends the step with that failure.
 */
export function race<T>(step: BootStep, work: () => Promise<T>, deadline: Deadline, late?: (value: T) => void): Promise<StepResult<T>> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: StepResult<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      deadline.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => {
      const reason = deadline.signal?.reason as BootFailure | undefined;
      finish({ ok: false, failure: reason && typeof reason === 'object' && 'kind' in reason ? reason : { kind: 'error', step, error: 'aborted' } });
    };
    const timer = setTimeout(() => finish({ ok: false, failure: { kind: 'timeout', step } }), Math.max(0, deadline.at - Date.now()));
    if (deadline.signal?.aborted) return onAbort();
    deadline.signal?.addEventListener('abort', onAbort);
    let promise: Promise<T>;
    try {
      promise = work();
    } catch (e) {
      return finish({ ok: false, failure: { kind: 'error', step, error: message(e) } });
    }
    promise.then(
      (value) => {
        if (settled) late?.(value);
        else finish({ ok: true, value });
      },
      (e: unknown) => finish({ ok: false, failure: { kind: 'error', step, error: message(e) } }),
    );
  });
}

export interface ContainerHostOptions {
  boot: BootContainer;
  /** The bundled az's source (fetched same-origin from the built site). */
  fetchAz(): Promise<string>;
  /** `navigator.onLine`; false fails at once instead of waiting for the time-out. */
  online?(): boolean;
}

/**
 * Owns the page's one container: boots it on first use and keeps it across mode switches, so
 * switching back to the sandbox is quick. `prepare` mounts the files once.
 */
export class ContainerHost {
  private container: ContainerLike | undefined;
  private mounted = false;

  constructor(private readonly opts: ContainerHostOptions) {}

  get booted(): boolean {
    return this.container !== undefined;
  }

  /** Boots (once), downloads and mounts (once); `onStep` hears each phase as it starts. */
  async prepare(serializedWorld: string, deadline: Deadline, onStep: (step: BootStep) => void): Promise<StepResult<ContainerLike>> {
    if (this.opts.online?.() === false) return { ok: false, failure: { kind: 'offline' } };
    if (!this.container) {
      onStep('boot');
      const booted = await race('boot', this.opts.boot, deadline, (late) => late.teardown());
      if (!booted.ok) return booted;
      this.container = booted.value;
    }
    const container = this.container;
    if (!this.mounted) {
      onStep('download');
      const az = await race('download', this.opts.fetchAz, deadline);
      if (!az.ok) return az;
      onStep('mount');
      const mounted = await race('mount', () => container.mount(sandboxTree(az.value, serializedWorld)), deadline);
      if (!mounted.ok) return mounted;
      this.mounted = true;
    }
    return { ok: true, value: container };
  }

  /** Frees the container (after a failure it may be unusable); the next `prepare` boots anew. */
  discard(): void {
    const c = this.container;
    this.container = undefined;
    this.mounted = false;
    try {
      c?.teardown();
    } catch {
      // Already torn down: nothing left to free.
    }
  }
}

/** Fetches the bundle from the site itself; a non-2xx answer is an error, not a script. */
export function fetchSameOrigin(url: string): () => Promise<string> {
  return async () => {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.text();
  };
}
