import { afterEach, describe, expect, it } from 'vitest';
import { DECISION_ORDER, TRUSTED_SERVICES } from '../../src/model';
import { openSession, type Session } from './support/browser';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe.each(['en', 'ko'])('the %s access-decision reference page', (lang) => {
  it('lists every rule of the model in evaluation order and the per-profile trusted services', async () => {
    session = await openSession();
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/${lang}/reference/access-decisions/`);
    const rules = await page.locator('table').first().locator('tbody tr td:nth-child(3)').allTextContents();
    expect(rules).toEqual(DECISION_ORDER.map((r) => r.rule));
    const services = await page.locator('tr[data-service]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-service')));
    expect(services).toEqual(TRUSTED_SERVICES.map((s) => s.id));
    // ACR Tasks is trusted in 2021 but needs the tasks flag today: the two cells must differ.
    const tasks = page.locator('tr[data-service="acr-tasks"]');
    const [y2021, current] = await Promise.all([
      tasks.locator('[data-profile="2021"]').textContent(),
      tasks.locator('[data-profile="current"]').textContent(),
    ]);
    expect(current).toContain('networkRuleBypassAllowedForTasks');
    expect(y2021).not.toEqual(current);
  });
});
