/**
 * How the Run buttons type a command: visibly, character by character, but finished within a
 * set time whatever the machine. Each step's echo and redraw cost far more than the pause between
 * steps on a slow device, so pacing by a fixed number of steps stretched a third of a second into
 * several; pacing by elapsed time sends more characters per step instead.
 */
export interface Pace {
  /** Milliseconds on a monotonic clock. */
  now(): number;
  /** Lets the terminal draw before the next step. */
  wait(): Promise<void>;
  /** How long the whole text should take to appear. */
  durationMs: number;
}

/** Sends `text` in order, a chunk per step, by code point (never half of a surrogate pair). */
export async function typeAtPace(text: string, send: (chunk: string) => void, pace: Pace): Promise<void> {
  const chars = Array.from(text);
  const started = pace.now();
  let sent = 0;
  while (sent < chars.length) {
    const elapsed = pace.now() - started;
    // At least one character per step, so typing starts at once and always ends.
    const due = Math.min(chars.length, Math.max(sent + 1, Math.ceil((chars.length * elapsed) / pace.durationMs)));
    send(chars.slice(sent, due).join(''));
    sent = due;
    if (sent < chars.length) await pace.wait();
  }
}
