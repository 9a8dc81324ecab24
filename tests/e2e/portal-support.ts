/**
 * Helpers for the portal blade's browser tests (lesson 4): the blade's labels in both languages
 * (the lesson's own wording) and opening the lesson with the blade ready.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openSession, type Session } from './support/browser';
import type { Lang } from './lab-support';

export const LABELS = {
  en: {
    region: 'Simulated Azure portal: Networking page of myregistry',
    all: 'All networks',
    selected: 'Selected networks',
    disabled: 'Disabled',
    trusted: 'Allow trusted Microsoft services to access this container registry',
    clientIp: "Add your client IP address ('203.0.113.10')",
    save: 'Save',
    discard: 'Discard',
    reload: 'Reload',
    saved: 'Saved network settings',
    stale: /^The registry changed outside this page/,
  },
  ko: {
    region: '시뮬레이션된 Azure Portal: myregistry의 네트워킹 페이지',
    all: '모든 네트워크',
    selected: '선택한 네트워크',
    disabled: '사용 안 함',
    trusted: '신뢰할 수 있는 Microsoft 서비스에서 이 컨테이너 레지스트리에 액세스할 수 있도록 허용',
    clientIp: "클라이언트 IP 주소 추가('203.0.113.10')",
    save: '저장',
    discard: '취소',
    reload: '다시 불러오기',
    saved: '네트워크 설정을 저장했습니다.',
    stale: /^이 페이지 밖에서/,
  },
} as const;

/** Opens lesson 4 in `lang` on a wide screen; returns the blade once it shows the registry. */
export async function openPortal(lang: Lang): Promise<{ session: Session; page: Page; blade: Locator }> {
  const locale = lang === 'ko' ? 'ko-KR' : 'en-US';
  const session = await openSession({ locale });
  try {
    const { page } = session;
    // Fail at the step that hangs instead of at the test's overall timeout.
    page.setDefaultTimeout(20_000);
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${session.baseUrl}/${lang}/lessons/04-portal/`);
    const blade = page.getByRole('region', { name: LABELS[lang].region });
    await blade.scrollIntoViewIfNeeded();
    await expect.poll(() => blade.getByRole('radio', { name: LABELS[lang].all }).isChecked(), { timeout: 30_000 }).toBe(true);
    return { session, page, blade };
  } catch (error) {
    await session.close();
    throw error;
  }
}

/** The label (or text) of the focused control. */
export const focused = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim() ?? document.activeElement?.textContent?.trim());
