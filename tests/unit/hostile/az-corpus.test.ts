/**
 * The hostile corpus given to `runAz` directly: argv words no shell would pass intact (NUL,
 * newlines, 100 KB words, 10 000 options) and prototype names. runAz never throws, answers
 * within a second, and returns a world that still validates.
 */
import { describe, expect, it } from 'vitest';
import { runAz } from '../../../src/cli/run';
import { expectAnswer, expectPrototypeUntouched, expectValidWorld, HANG_MS } from './checks';
import { AZ_CASES, seededWorld } from './corpus';

const text = (chunks: { stream: string; text: string }[], stream: string) =>
  chunks.filter((c) => c.stream === stream).map((c) => c.text).join('');

describe('hostile argv for az', () => {
  it.each(AZ_CASES)(
    '$kind: $name',
    (c) => {
      const res = runAz(c.argv, seededWorld(), { isTty: false });
      expectAnswer({ exitCode: res.exitCode, stdout: text(res.chunks, 'stdout'), stderr: text(res.chunks, 'stderr') }, c);
      // Without a terminal az prints no colour, so any escape byte would be one the input smuggled in.
      if (!c.argv.some((w) => w.includes('\x1b'))) expect(text(res.chunks, 'stderr')).not.toContain('\x1b');
      expectValidWorld(res.world);
      expectPrototypeUntouched();
    },
    HANG_MS,
  );
});
