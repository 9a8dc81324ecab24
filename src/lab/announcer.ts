/**
 * The lab's polite live region. While a command runs, messages (matrix changes, finished steps)
 * are held and read after the command's own summary, in one announcement, so a screen reader
 * reads them all instead of only the last; the region is emptied first so a repeat is read again.
 */

export interface Announcer {
  /** Says `message` (soon, or after `release` while held). */
  say(message: string): void;
  /** Starts holding messages (a command started). */
  hold(): void;
  /** Says `first` (the command summary), then everything held. */
  release(first?: string): void;
}

/** An announcer for the given live region element (a no-op without one). */
export function createAnnouncer(region: HTMLElement | null): Announcer {
  let queue: string[] = [];
  let held = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (!region || held || !queue.length) return;
    clearTimeout(timer);
    region.textContent = '';
    // Messages said within this short window are read together.
    timer = setTimeout(() => {
      // A command may have started since (it holds what it changes until its summary).
      if (held) return;
      region.textContent = queue.join(' ');
      queue = [];
    }, 100);
  };
  return {
    say(message) {
      if (!message) return;
      queue.push(message);
      flush();
    },
    hold() {
      held = true;
    },
    release(first) {
      held = false;
      if (first) queue.unshift(first);
      flush();
    },
  };
}
