import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findRegistry } from '~/model';
import { openLabSession } from '~/lab/lab-session';
import type { LabConfig } from '~/lab/runtime';

const scenario = JSON.parse(readFileSync(new URL('../../../content/scenarios/04-portal.json', import.meta.url), 'utf8')) as unknown;
const config: LabConfig = { scenario, lang: 'en', portal: true, strings: { 'lab.scenario.broken': 'broken: {error}' } };
// The session is keyed by the lab's root element; any object stands in for it in Node.
const fakeRoot = () => ({}) as Element;

describe('openLabSession: one session per lab, whoever asks first', () => {
  it('gives the terminal runtime and the portal blade the same store', async () => {
    const root = fakeRoot();
    const [first, second] = await Promise.all([openLabSession(root, config), openLabSession(root, config)]);
    expect(second.store).toBe(first.store);
    expect(findRegistry(first.store.world, 'myregistry')?.sku).toBe('Premium');
    expect(first.broken).toEqual([]);
  });

  it('builds a separate session for another lab root', async () => {
    const a = await openLabSession(fakeRoot(), config);
    const b = await openLabSession(fakeRoot(), config);
    expect(b.store).not.toBe(a.store);
  });

  it('rejects an unusable scenario with the lab’s message', async () => {
    await expect(openLabSession(fakeRoot(), { ...config, scenario: { id: 'x' } })).rejects.toThrow(/^broken: /);
  });
});
