/**
 * Collecting what one invocation writes, in order, and the `ERROR: `/`WARNING: ` lines on
 * stderr (facts §7). On a terminal the lines are also coloured the way az colours them
 * (knack `log.py`: red errors, yellow warnings); the prefixes stay, as the facts require.
 */
import type { CliResult, OutputChunk } from '../types';
import type { World } from '../../model/types';

const RED = '\x1b[91m';
const YELLOW = '\x1b[33m';
const RESET = '\x1b[0m';

/** An append-only list of output chunks. */
export class OutputBuffer {
  readonly chunks: OutputChunk[] = [];

  constructor(private readonly isTty: boolean) {}

  /** Raw text on a stream (empty text is dropped). */
  write(stream: OutputChunk['stream'], text: string, delayMs?: number): void {
    if (text === '') return;
    this.chunks.push(delayMs === undefined ? { stream, text } : { stream, text, delayMs });
  }

  /** `ERROR: <message>` on stderr. */
  error(message: string): void {
    const line = `ERROR: ${message}`;
    this.write('stderr', `${this.isTty ? `${RED}${line}${RESET}` : line}\n`);
  }

  /** `WARNING: <message>` on stderr. */
  warning(message: string): void {
    const line = `WARNING: ${message}`;
    this.write('stderr', `${this.isTty ? `${YELLOW}${line}${RESET}` : line}\n`);
  }

  /** The final result of the invocation. */
  result(exitCode: number, world: World): CliResult {
    const join = (s: OutputChunk['stream']) => this.chunks.filter((c) => c.stream === s).map((c) => c.text).join('');
    return { exitCode, chunks: this.chunks, stdout: join('stdout'), stderr: join('stderr'), world };
  }
}

/** Python's repr of a list of strings, for the `--debug` echo of the command arguments. */
export function pythonListRepr(items: readonly string[], repr: (s: string) => string): string {
  return `[${items.map(repr).join(', ')}]`;
}
