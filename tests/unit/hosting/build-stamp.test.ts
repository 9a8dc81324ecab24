import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildIsStale, writeStamp } from '../../../src/server/build-state.mjs';

// A project root with no sources: only the stamp's key can make a build stale.
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'acr-stamp-'));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(root, { recursive: true, force: true });
});

describe('the build stamp', () => {
  it('is missing, so stale, before the first build', async () => {
    expect(await buildIsStale(root, '', root)).toBe(true);
  });

  it('keeps a build for the same base path and public address', async () => {
    vi.stubEnv('SITE_URL', 'https://lab.example.org');
    await writeStamp(root, '/acr-lab', root);
    expect(await buildIsStale(root, '/acr-lab', root)).toBe(false);
  });

  it('asks for a rebuild when the base path changes', async () => {
    await writeStamp(root, '', root);
    expect(await buildIsStale(root, '/acr-lab', root)).toBe(true);
  });

  it('asks for a rebuild when SITE_URL is set, changed or dropped (it is baked into the pages)', async () => {
    await writeStamp(root, '', root);
    vi.stubEnv('SITE_URL', 'https://lab.example.org');
    expect(await buildIsStale(root, '', root)).toBe(true);
    await writeStamp(root, '', root);
    expect(await buildIsStale(root, '', root)).toBe(false);
    vi.stubEnv('SITE_URL', 'https://other.example.org');
    expect(await buildIsStale(root, '', root)).toBe(true);
    vi.stubEnv('SITE_URL', '');
    expect(await buildIsStale(root, '', root)).toBe(true);
  });
});
