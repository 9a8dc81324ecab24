import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { typeAtPace } from '../../../src/lab/typing';

/** Types `text` on a fake clock where every step (echo, redraw, pause) takes `stepMs`. */
async function typeWith(text: string, stepMs: number | (() => number), durationMs = 350): Promise<string[]> {
  let clock = 0;
  const chunks: string[] = [];
  await typeAtPace(text, (chunk) => chunks.push(chunk), {
    now: () => clock,
    wait: async () => void (clock += typeof stepMs === 'number' ? stepMs : stepMs()),
    durationMs,
  });
  return chunks;
}

const COMMAND = 'az acr show -n myregistry --query "{sku: sku.name, publicAccess: publicNetworkAccess, bypass: networkRuleBypassOptions}"\r';

describe('typeAtPace', () => {
  it('sends every character once, in order, whatever the steps cost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1 }), async (text, costs) => {
        let i = 0;
        const chunks = await typeWith(text, () => costs[i++ % costs.length]);
        expect(chunks.join('')).toBe(text);
        expect(chunks.every((c) => c.length > 0)).toBe(true);
      }),
    );
  });

  it('starts with one character, so typing shows at once', async () => {
    expect((await typeWith(COMMAND, 12))[0]).toBe('a');
  });

  it('animates over many steps on a fast machine', async () => {
    const chunks = await typeWith(COMMAND, 12);
    expect(chunks.length).toBeGreaterThanOrEqual(20);
  });

  it('finishes within the set time plus one step on a slow machine, by sending more per step', async () => {
    // 200 ms per step: a fixed 30-step animation took 6 s here.
    const chunks = await typeWith(COMMAND, 200);
    expect(chunks.length).toBeLessThanOrEqual(Math.ceil(350 / 200) + 1);
    expect(chunks.join('')).toBe(COMMAND);
  });

  it('never splits a character outside the Basic Multilingual Plane', async () => {
    const text = '😀🐳'.repeat(40);
    const chunks = await typeWith(text, 12);
    for (const chunk of chunks) expect(chunk.isWellFormed()).toBe(true);
  });
});
