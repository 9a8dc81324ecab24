/**
 * Lesson 6 in Korean, completed with the prose's Run buttons only: every step of the seed's
 * ACR Tasks example must be reachable without typing, and the checklist must follow the world.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from './support/browser';
import { liveRegion, openLesson, readyTerminal, screenText, waitForPrompt } from './lab-support';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('lesson 6 by Run buttons alone', () => {
  it('reaches every goal in Korean, ending with the run that trusted services no longer let through', async () => {
    session = await openLesson('ko');
    const { page } = session;
    await readyTerminal(page, 'ko');
    const runs = page.locator('.sl-markdown-content').getByRole('button', { name: '이 명령을 터미널에서 실행' });
    const count = await runs.count();
    expect(count).toBeGreaterThanOrEqual(9);
    for (let i = 0; i < count; i++) {
      await liveRegion(page).evaluate((el) => (el.textContent = ''));
      await runs.nth(i).click();
      await expect.poll(() => liveRegion(page).textContent(), { timeout: 30_000 }).toMatch(/종료 코드 \d+/);
      await waitForPrompt(page);
    }
    const label = page.locator('[data-lab-progress-label]');
    await expect.poll(() => label.textContent(), { timeout: 20_000 }).toBe('7단계 중 7단계 완료');
    // The last run failed at the network layer: the task row now shows a denial.
    expect(await page.locator('[data-lab-panel] tr[data-caller="acr-task"]').textContent()).toContain('거부');
  });

  it('runs every block intact and in order when the Run buttons are clicked back to back (en)', async () => {
    session = await openLesson('en');
    const { page } = session;
    await readyTerminal(page, 'en');
    const runs = page.locator('.sl-markdown-content').getByRole('button', { name: 'Run this command in the terminal' });
    const count = await runs.count();
    expect(count).toBeGreaterThanOrEqual(9);
    // No waiting between clicks: each command is typed over several frames, so without a queue
    // the next click would interleave its characters with the previous command's.
    for (let i = 0; i < count; i++) await runs.nth(i).click();
    const label = page.locator('[data-lab-progress-label]');
    await expect.poll(() => label.textContent(), { timeout: 60_000 }).toBe('7 of 7 steps done');
    await waitForPrompt(page);
    expect(await page.locator('[data-lab-panel] tr[data-caller="acr-task"]').textContent()).toContain('Denied');
    expect(await screenText(page)).not.toMatch(/command not found|is misspelled|unrecognized arguments/);
  }, 120_000);
});
