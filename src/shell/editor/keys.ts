/**
 * Splits raw terminal input (what xterm's onData delivers: typed keys, escape sequences,
 * pasted text) into tokens: runs of printable text, control characters and escape sequences.
 */

export type KeyToken = { kind: 'text'; text: string } | { kind: 'key'; seq: string };

/** Stateful only for `\r\n` split across two chunks, which must count as one Enter. */
export class KeyReader {
  private afterCr = false;

  read(data: string): KeyToken[] {
    const out: KeyToken[] = [];
    let i = 0;
    if (this.afterCr && data.startsWith('\n')) i = 1;
    this.afterCr = false;
    while (i < data.length) {
      const c = data[i];
      if (c === '\x1b') {
        const len = escapeLength(data, i);
        out.push({ kind: 'key', seq: data.slice(i, i + len) });
        i += len;
      } else if (isC1(c)) {
        // 8-bit C1 controls (0x80-0x9f) act like ESC sequences in xterm.js: never insert or echo them.
        i++;
      } else if (c < ' ' || c === '\x7f') {
        if (c === '\r' && data[i + 1] === '\n') i++;
        out.push({ kind: 'key', seq: c === '\n' ? '\r' : c });
        i++;
        if (c === '\r' && i === data.length) this.afterCr = true;
      } else {
        let j = i + 1;
        while (j < data.length && data[j] >= ' ' && data[j] !== '\x7f' && !isC1(data[j])) j++;
        out.push({ kind: 'text', text: data.slice(i, j) });
        i = j;
      }
    }
    return out;
  }
}

function isC1(c: string): boolean {
  return c >= '\x80' && c <= '\x9f';
}

/** Length of the escape sequence at `i`: CSI (`\x1b[...X`), SS3 (`\x1bOX`) or Alt+key (`\x1bb`). */
function escapeLength(data: string, i: number): number {
  const n = data[i + 1];
  if (n === undefined) return 1;
  if (n === '[') {
    let j = i + 2;
    while (j < data.length && /[0-9;:<=>?]/.test(data[j])) j++;
    while (j < data.length && /[ -/]/.test(data[j])) j++;
    return Math.min(j + 1, data.length) - i;
  }
  if (n === 'O') return Math.min(3, data.length - i);
  return 2;
}

/** Input that arrived while a command was running, replayed afterwards; bounded in size. */
export class InputQueue {
  private tokens: KeyToken[] = [];
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  get length(): number {
    return this.tokens.length;
  }

  /** Returns false (token dropped) when the queue is full. */
  push(token: KeyToken): boolean {
    const size = tokenSize(token);
    if (this.chars + size > this.maxChars) return false;
    this.tokens.push(token);
    this.chars += size;
    return true;
  }

  shift(): KeyToken | undefined {
    const token = this.tokens.shift();
    if (token) this.chars -= tokenSize(token);
    return token;
  }

  clear(): void {
    this.tokens = [];
    this.chars = 0;
  }
}

function tokenSize(token: KeyToken): number {
  return token.kind === 'text' ? token.text.length : token.seq.length;
}
