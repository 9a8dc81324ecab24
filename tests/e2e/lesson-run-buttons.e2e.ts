/**
 * Lesson 6 completed with the prose's Run buttons only: every step of the seed's ACR Tasks
 * example must be reachable without typing, and the checklist must follow the world, whether
 * the learner waits for each command or clicks the buttons back to back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from './support/browser';
import { liveRegion, openLesson, readyTerminal, screenText, TEXT, waitForPrompt, type Lang } from './lab-support';

const RUN_LABEL: Record<Lang, string> = { en: 'Run this command in the terminal', ko: '이 명령을 터미널에서 실행' };
const ALL_DONE: Record<Lang, string> = { en: '7 of 7 steps done', ko: '7단계 중 7단계 완료' };

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Lesson 6 in `lang` with its terminal ready, and the prose's Run buttons (at least nine). */
async function lessonRuns(lang: Lang) {
  session = await openLesson(lang);
  const { page } = session;
  await readyTerminal(page, lang);
  const runs = page.locator('.sl-markdown-content').getByRole('button', { name: RUN_LABEL[lang] });
  const count = await runs.count();
  expect(count).toBeGreaterThanOrEqual(9);
  return { page, runs, count };
}

/** Every step checked off, and the last run (trusted services off) denied on the task's row. */
async function expectLessonDone(page: Session['page'], lang: Lang, timeout: number): Promise<void> {
  await expect.poll(() => page.locator('[data-lab-progress-label]').textContent(), { timeout }).toBe(ALL_DONE[lang]);
  await waitForPrompt(page);
  expect(await page.locator('[data-lab-panel] tr[data-caller="acr-task"]').textContent()).toContain(TEXT[lang].denied);
}

describe('lesson 6 by Run buttons alone', () => {
  it('reaches every goal in Korean, ending with the run that trusted services no longer let through', async () => {
    const { page, runs, count } = await lessonRuns('ko');
    for (let i = 0; i < count; i++) {
      await liveRegion(page).evaluate((el) => (el.textContent = ''));
      await runs.nth(i).click();
      await expect.poll(() => liveRegion(page).textContent(), { timeout: 30_000 }).toMatch(/종료 코드 \d+/);
      await waitForPrompt(page);
    }
    await expectLessonDone(page, 'ko', 20_000);
  });

  it('runs every block intact and in order when the Run buttons are clicked back to back (en)', async () => {
    const { page, runs, count } = await lessonRuns('en');
    // No waiting between clicks: each command is typed over several frames, so without a queue
    // the next click would interleave its characters with the previous command's.
    for (let i = 0; i < count; i++) await runs.nth(i).click();
    await expectLessonDone(page, 'en', 60_000);
    expect(await screenText(page)).not.toMatch(/command not found|is misspelled|unrecognized arguments/);
  }, 120_000);
});
