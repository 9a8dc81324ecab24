/** A Shell wired to fake external commands, collecting output per stream. */
import { Shell, type ShellOptions } from '../../../../src/shell/interpreter';
import type { CommandOutput, ExternalCommand, OutputChunk } from '../../../../src/shell/types';

export interface Captured {
  stdout: string;
  stderr: string;
  /** Both streams in order, as a terminal would show them. */
  all: string;
  exitCode: number;
}

export function chunksOf(stdout: string, exitCode = 0, stderr = ''): CommandOutput {
  const chunks: OutputChunk[] = [];
  if (stderr) chunks.push({ stream: 'stderr', text: stderr });
  if (stdout) chunks.push({ stream: 'stdout', text: stdout });
  return { exitCode, chunks };
}

export function makeShell(commands: Record<string, ExternalCommand> = {}, opts: Partial<ShellOptions> = {}): Shell {
  return new Shell({ host: { commands: new Map(Object.entries(commands)) }, paced: false, ...opts });
}

/** Runs lines one after another (like typing them) and returns the output of all of them. */
export async function runLines(shell: Shell, ...lines: string[]): Promise<Captured> {
  const out: Captured = { stdout: '', stderr: '', all: '', exitCode: 0 };
  for (const line of lines) {
    const r = await shell.run(line, (c) => {
      out[c.stream] += c.text;
      out.all += c.text;
    });
    out.exitCode = r.exitCode;
  }
  return out;
}
