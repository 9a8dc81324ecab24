/**
 * The hostile corpus typed at the lab's prompt: the real shell with the real `az`/`docker`
 * against the seeded world, as the browser lab runs them. Each line gets its error or its
 * correct result within a second; the world and the lab's saved session stay loadable.
 */
import { describe, it } from 'vitest';
import type { World } from '../../../src/model';
import { createAzHost } from '../../../src/shell/az-host';
import { Shell } from '../../../src/shell/interpreter';
import { expectAnswer, expectPrototypeUntouched, expectSessionLoads, expectValidWorld, HANG_MS, type Seen } from './checks';
import { seededWorld, SHELL_CASES, type Kind } from './corpus';

function setup() {
  let world: World = seededWorld();
  const { host } = createAzHost({ get: () => world, set: (next) => void (world = next) });
  // As in the browser: a terminal (colours on), but output not paced so the bound is the work itself.
  const shell = new Shell({ host, paced: false, isTty: true });
  return { shell, world: () => world };
}

const KINDS: Kind[] = ['control', 'ansi', 'long', 'quotes', 'nesting', 'proto'];

describe.each(KINDS)('hostile %s lines in the lab shell', (kind) => {
  it.each(SHELL_CASES.filter((c) => c.kind === kind))(
    '$name',
    async (c) => {
      const { shell, world } = setup();
      const seen: Seen = { exitCode: -1, stdout: '', stderr: '' };
      const outcome = await shell.run(c.input, (chunk) => void (seen[chunk.stream] += chunk.text));
      seen.exitCode = outcome.exitCode;
      expectAnswer(seen, c);
      expectValidWorld(world());
      expectSessionLoads(world(), shell.exportState());
      expectPrototypeUntouched();
    },
    HANG_MS,
  );
});
