/**
 * Progress across reloads, the sidebar's completed mark, and export / import of the progress
 * file, on the Korean lesson 3 in real Chromium.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyTerminal } from './lab-support';
import { openSession, type Session } from './support/browser';

let session: Session;
const LESSON = '/ko/lessons/03-cli-toggle/';
const progressText = () => session.page.locator('[data-lab-progress]').textContent();
const sidebarMark = () => session.page.locator(`.sidebar-content a[href$="${LESSON}"] [data-acr-done]`);

beforeAll(async () => {
  session = await openSession({ locale: 'ko-KR' });
  await session.page.setViewportSize({ width: 1400, height: 900 });
  await session.page.goto(`${session.baseUrl}${LESSON}`);
});
afterAll(() => session?.close());

describe('lesson progress (ko, lesson 3)', () => {
  it('completes the lesson with the solutions’ Run buttons and keeps it after a reload', async () => {
    const { page } = session;
    await readyTerminal(page, 'ko');
    const steps = page.locator('[data-lab-steps] [data-step]');
    const count = await steps.count();
    for (let i = 0; i < count; i++) {
      await steps.nth(i).locator('details').nth(1).locator('summary').click();
      for (const run of await steps.nth(i).locator('[data-lab-run]').all()) {
        await run.click();
        await expect.poll(() => page.locator('[data-lab-live]').textContent(), { timeout: 20_000 }).toMatch(/종료 코드 \d+/);
      }
    }
    await expect.poll(progressText, { timeout: 20_000 }).toBe(`${count} / ${count}`);
    await expect.poll(() => sidebarMark().count()).toBe(1);
    await page.reload();
    await expect.poll(progressText, { timeout: 45_000 }).toBe(`${count} / ${count}`);
    expect(await sidebarMark().textContent()).toContain('(완료)');
    // Other lessons are not marked, and the sandbox lesson (no steps) never is.
    expect(await page.locator('.sidebar-content [data-acr-done]').count()).toBe(1);
  });

  it('exports, clears storage, imports the file and gets the progress back', async () => {
    const { page } = session;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '진행 상황 내보내기' }).click()]);
    expect(download.suggestedFilename()).toBe('acr-lab-progress.json');
    const text = await readFile((await download.path())!, 'utf8');
    const exported = JSON.parse(text);
    expect(exported.v).toBe(1);
    expect(Object.keys(exported.lessons)).toEqual(['03-cli-toggle']);
    expect(exported.lessons['03-cli-toggle']).not.toHaveProperty('world');

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect.poll(() => sidebarMark().count()).toBe(0);
    await expect.poll(progressText, { timeout: 45_000 }).toMatch(/^0 \//);

    await page.locator('[data-progress-file]').setInputFiles({ name: 'acr-lab-progress.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => page.locator('[data-progress-status]').textContent(), { timeout: 20_000 }).toContain('새로 고칩니다');
    await page.waitForEvent('load', { timeout: 20_000 });
    await expect.poll(progressText, { timeout: 45_000 }).toMatch(/^(\d+) \/ \1$/);
    await expect.poll(() => sidebarMark().count()).toBe(1);
  });

  it('refuses a malformed file with an error and changes nothing', async () => {
    const { page } = session;
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    const bad = JSON.stringify({ v: 1, exportedAt: new Date().toISOString(), lessons: { '99-unknown': { achieved: [] } } });
    await page.locator('[data-progress-file]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await expect.poll(() => page.locator('[data-progress-status]').textContent(), { timeout: 20_000 }).toContain('진행 상황을 가져오지 못했습니다');
    expect(await page.locator('[data-progress-status]').textContent()).toContain('99-unknown');
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
    expect(session.errors).toEqual([]);
  });
});
