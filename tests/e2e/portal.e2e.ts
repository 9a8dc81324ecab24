import { afterEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { openSession, type Session } from './support/browser';
import { matrixCell, readyTerminal, runLine, screenRows, TEXT, type Lang } from './lab-support';
import { focused, LABELS, openPortal as open } from './portal-support';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Opens lesson 4 and keeps the session for afterEach to close. */
async function openPortal(lang: Lang) {
  const opened = await open(lang);
  session = opened.session;
  return opened;
}

describe.each<Lang>(['en', 'ko'])('lesson 4 in %s: the Networking blade drives the terminal session', (lang) => {
  const L = LABELS[lang];

  it('Disabled + exception cleared + Save → matrix denies the trusted services and az acr show says None', async () => {
    const { page, blade } = await openPortal(lang);
    await readyTerminal(page, lang);
    const defender = matrixCell(page, 'defender', 'pull');
    const task = matrixCell(page, 'sample-task', 'push');
    await expect.poll(() => defender.textContent()).toContain(TEXT[lang].allowed);
    const save = blade.getByRole('button', { name: L.save, exact: true });
    expect(await save.getAttribute('aria-disabled')).toBe('true');

    await blade.getByRole('radio', { name: L.disabled }).check();
    const trusted = blade.getByRole('checkbox', { name: L.trusted });
    expect(await trusted.isChecked()).toBe(true);
    await trusted.uncheck();
    expect(await save.getAttribute('aria-disabled')).toBe('false');
    // Nothing happens before Save (the lesson's caution).
    expect(await defender.textContent()).toContain(TEXT[lang].allowed);
    await save.click();

    await expect.poll(() => blade.getByRole('status').filter({ hasText: L.saved }).count()).toBe(1);
    await expect.poll(() => defender.textContent()).toContain(TEXT[lang].denied);
    await expect.poll(() => task.textContent()).toContain(TEXT[lang].denied);
    expect(await save.getAttribute('aria-disabled')).toBe('true');

    await page.getByRole('textbox', { name: TEXT[lang].input }).focus();
    await runLine(page, 'az acr show -n myregistry --query networkRuleBypassOptions -o tsv');
    const rows = (await screenRows(page)).filter((r) => r.trim());
    expect(rows.at(-2)).toBe('None');
    expect(session?.errors).toEqual([]);
    expect(session?.external).toEqual([]);
  });

  it('follows the terminal, and keeps unsaved edits when the registry changes underneath', async () => {
    const { page, blade } = await openPortal(lang);
    await readyTerminal(page, lang);
    await runLine(page, 'az acr update -n myregistry --public-network-enabled false');
    await expect.poll(() => blade.getByRole('radio', { name: L.disabled }).isChecked()).toBe(true);

    await blade.getByRole('radio', { name: L.all }).check();
    await page.getByRole('textbox', { name: TEXT[lang].input }).focus();
    await runLine(page, 'az acr update -n myregistry --allow-trusted-services false');
    const stale = blade.getByRole('status').filter({ hasText: L.stale });
    await expect.poll(() => stale.count()).toBe(1);
    // The learner's choice is still there until they reload.
    expect(await blade.getByRole('radio', { name: L.all }).isChecked()).toBe(true);
    await blade.getByRole('button', { name: L.reload }).click();
    expect(await blade.getByRole('radio', { name: L.disabled }).isChecked()).toBe(true);
    expect(await blade.getByRole('checkbox', { name: L.trusted }).isChecked()).toBe(false);
    expect(await stale.count()).toBe(0);
  });
});

describe('a registry below Premium', () => {
  it('refuses a save with the model’s error, then greys out Selected networks and Disabled and says why', async () => {
    const { page, blade } = await openPortal('en');
    await readyTerminal(page, 'en');
    await blade.getByRole('radio', { name: LABELS.en.disabled }).check();
    await page.getByRole('textbox', { name: TEXT.en.input }).focus();
    await runLine(page, 'az acr update -n myregistry --sku Standard');
    // Saving over the change anyway: the service refuses, the draft stays, the alert says why.
    await blade.getByRole('button', { name: LABELS.en.save, exact: true }).click();
    const alert = blade.getByRole('alert');
    await expect.poll(() => alert.textContent()).toBe(
      'Could not save the network settings: (DisablingPublicNetworkAccessNotSupported) Disabling public network access is not supported for the SKU Standard.',
    );
    expect(await blade.getByRole('radio', { name: LABELS.en.disabled }).isChecked()).toBe(true);

    await blade.getByRole('button', { name: LABELS.en.reload }).click();
    expect(await blade.getByRole('radio', { name: LABELS.en.selected }).isDisabled()).toBe(true);
    expect(await blade.getByRole('radio', { name: LABELS.en.disabled }).isDisabled()).toBe(true);
    const group = blade.getByRole('group', { name: 'Public network access' });
    const note = page.locator(`#${await group.getAttribute('aria-describedby')}`);
    expect(await note.textContent()).toMatch(/only in the Premium service tier\. This registry is Standard\./);
  });
});

describe('keyboard only', () => {
  it('chooses Disabled with the arrow keys, clears the exception with Space and saves with Enter', async () => {
    const { page, blade } = await openPortal('en');
    const L = LABELS.en;
    await blade.getByRole('radio', { name: L.all }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await blade.getByRole('checkbox', { name: L.clientIp }).isVisible()).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await blade.getByRole('radio', { name: L.disabled }).isChecked()).toBe(true);
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(ring).toBe('solid');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(L.trusted);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(L.save);
    await page.keyboard.press('Enter');
    await expect.poll(() => blade.getByRole('status').filter({ hasText: L.saved }).count()).toBe(1);
    // Focus stays on Save (now unavailable) instead of falling back to the page.
    expect(await focused(page)).toBe(L.save);
    // The lab writes its session in a task of its own, just after the change.
    const stored = () => page.evaluate(() => localStorage.getItem('acr-lab:session:04-portal') ?? '');
    await expect.poll(stored).toMatch(/"networkRuleBypassOptions":"None"/);
    expect(await stored()).toMatch(/"publicNetworkAccess":"Disabled"/);
  });

  it('adds and removes a firewall address range, and refuses an invalid one', async () => {
    const { page, blade } = await openPortal('en');
    await blade.getByRole('radio', { name: 'Selected networks' }).check();
    const field = blade.getByRole('textbox', { name: 'Address range' });
    await field.fill('198.51.100.0/33');
    await field.press('Enter');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await blade.locator('#portal-range-error').textContent()).toMatch(/not a valid IPv4/);
    await field.fill('198.51.100.0/24');
    await field.press('Enter');
    await blade.getByRole('checkbox', { name: LABELS.en.clientIp }).check();
    const list = blade.getByRole('list', { name: 'Address ranges' });
    expect(await list.getByRole('listitem').allTextContents()).toEqual(['198.51.100.0/24Remove', '203.0.113.10Remove']);
    await blade.getByRole('button', { name: 'Remove 198.51.100.0/24' }).click();
    expect(await list.getByRole('listitem').count()).toBe(1);
    await blade.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('acr-lab:session:04-portal') ?? '')).toMatch(/"defaultAction":"Deny"/);
  });
});

describe('without the terminal', () => {
  it('works before (and without) the terminal runtime and xterm', async () => {
    session = await openSession({ locale: 'en-US' });
    const { page, context } = session;
    page.setDefaultTimeout(20_000);
    const blocked: string[] = [];
    await context.route(/\/(runtime|xterm)[^/]*\.js$/, (route) => {
      blocked.push(route.request().url());
      return route.abort();
    });
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${session.baseUrl}/en/lessons/04-portal/`);
    const blade = page.getByRole('region', { name: LABELS.en.region });
    await expect.poll(() => blade.getByRole('radio', { name: LABELS.en.all }).isChecked(), { timeout: 30_000 }).toBe(true);
    await blade.getByRole('radio', { name: LABELS.en.disabled }).check();
    await blade.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('acr-lab:session:04-portal') ?? '')).toMatch(/"publicNetworkAccess":"Disabled"/);
    expect(blocked.length).toBeGreaterThan(0);
    expect(await page.locator('.xterm').count()).toBe(0);
  });
});

describe.each<Lang>(['en', 'ko'])('accessibility of the blade in %s', (lang) => {
  it.each(['light', 'dark'])('has no serious or critical violations (%s theme, edits pending, changed elsewhere)', async (theme) => {
    const { page, blade } = await openPortal(lang);
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    await readyTerminal(page, lang);
    await blade.getByRole('radio', { name: LABELS[lang].selected }).check();
    await page.getByRole('textbox', { name: TEXT[lang].input }).focus();
    await runLine(page, 'az acr update -n myregistry --allow-trusted-services false');
    await expect.poll(() => blade.getByRole('status').filter({ hasText: LABELS[lang].stale }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
