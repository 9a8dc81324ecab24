/**
 * Share links in a real browser: the receiver's outcome matrix equals the sender's; hostile links
 * show an error banner, run no script (an init script records script creation, insertion and
 * CSP violations) and leave the terminal working.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeShare, packText, payloadFromHash, type ShareEnvelope } from '../../src/lab/share';
import { createWorld } from '../../src/model';
import { scenarioLink } from '../../src/tools/scenario-link';
import { LESSON, openLesson, readyTerminal, runLine, screenText, terminalInput, type Lang } from './lab-support';
import { seriousViolations as labViolations } from './support/axe';
import { openSession, type Session } from './support/browser';

/** Records every way a page could start a script after it loaded. */
const RECORDER = `(() => {
  const log = (window.__scriptLog = []);
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function (name, ...rest) {
    if (String(name).toLowerCase() === 'script') log.push('createElement(script)');
    return create.call(this, name, ...rest);
  };
  document.addEventListener('securitypolicyviolation', (e) => log.push('csp: ' + e.violatedDirective));
  addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) {
        if (n.nodeName === 'SCRIPT' || n.nodeName === 'IFRAME' || (n.querySelector && n.querySelector('script, iframe, img[onerror]'))) log.push('inserted ' + n.nodeName);
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
})();`;

const matrixText = (page: Page) => page.locator('[data-lab-panel] [data-lab-panel-body]').evaluate((el) => el.textContent ?? '');
const waitForMatrix = (page: Page) => page.locator('[data-lab-panel] table').first().waitFor({ timeout: 30_000 });

const sessions: Session[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});

describe('a shared link', () => {
  it('reproduces the sender’s outcome matrix in a new browser, and Back restores the lesson', async () => {
    const sender = await openLesson('en');
    sessions.push(sender);
    await readyTerminal(sender.page, 'en');
    await waitForMatrix(sender.page);
    const fresh = await matrixText(sender.page);
    await runLine(sender.page, 'az acr update --name myregistry --public-network-enabled false --allow-trusted-services false');
    const sent = await matrixText(sender.page);
    expect(sent).not.toBe(fresh);

    await sender.page.getByRole('button', { name: 'Share', exact: true }).click();
    const linkBox = sender.page.getByRole('textbox', { name: 'Share link' });
    await sender.page.getByRole('textbox', { name: /^Title/ }).fill('Workshop: locked registry');
    await expect.poll(() => linkBox.inputValue()).toMatch(/#lab=v1\.[A-Za-z0-9_-]+$/);
    expect(await labViolations(sender.page)).toEqual([]);
    const url = await linkBox.inputValue();
    expect(url.startsWith(`${sender.baseUrl}/en/lessons/${LESSON}/#lab=v1.`)).toBe(true);

    const receiver = await openSession();
    sessions.push(receiver);
    await receiver.page.setViewportSize({ width: 1400, height: 900 });
    await receiver.page.goto(url);
    const banner = receiver.page.locator('[data-share-loaded]');
    await banner.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await receiver.page.locator('[data-share-loaded-text]').textContent()).toBe('Loaded a shared lab: Workshop: locked registry');
    await expect.poll(() => matrixText(receiver.page)).toBe(sent);

    await receiver.page.getByRole('button', { name: 'Back to the lesson' }).click();
    await expect.poll(() => matrixText(receiver.page)).toBe(fresh);
    expect(new URL(receiver.page.url()).hash).toBe('');
    expect(receiver.errors).toEqual([]);
  });

  it('from `npm run scenario -- link --lang ko` opens in Korean and lists the goals with their live state', async () => {
    const file = new URL('../../content/scenarios/03-cli-toggle.json', import.meta.url);
    const made = await scenarioLink(readFileSync(file, 'utf8'), '03-cli-toggle.json', { lang: 'ko' });
    if (!made.ok) throw new Error(made.problems.join('\n'));
    const session = await openSession({ locale: 'ko-KR' });
    sessions.push(session);
    await session.page.setViewportSize({ width: 1400, height: 900 });
    await session.page.goto(made.url.replace('http://localhost:4321', session.baseUrl));
    await session.page.locator('[data-share-loaded]').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await session.page.locator('[data-share-loaded-text]').textContent()).toBe('공유된 실습을 불러왔습니다: az acr update로 신뢰할 수 있는 서비스 끄고 켜기');
    const goals = session.page.locator('[data-share-goal-list] li');
    expect(await goals.allTextContents()).toEqual([
      '○ myregistry에서 신뢰할 수 있는 서비스를 허용하지 않습니다. (아직 완료되지 않음)',
      '✓ myregistry에서 신뢰할 수 있는 서비스를 허용합니다. (완료)',
    ]);
    expect(await labViolations(session.page)).toEqual([]);
    await session.page.getByRole('button', { name: '이대로 계속' }).click();
    await readyTerminal(session.page, 'ko');
    await runLine(session.page, 'az acr update --name myregistry --allow-trusted-services false');
    await expect.poll(() => goals.first().textContent()).toBe('✓ myregistry에서 신뢰할 수 있는 서비스를 허용하지 않습니다. (완료)');
  });
});

/** The envelope a share URL carries (the test fails on a link that would not open). */
function envelopeOf(url: string): ShareEnvelope {
  const read = decodeShare(payloadFromHash(new URL(url).hash) ?? '');
  if (!read.ok) throw new Error(`share link does not open: ${JSON.stringify(read.error)}`);
  return read.value;
}
const publicAccess = (url: string) => envelopeOf(url).world.registries.find((r) => r.name === 'myregistry')?.publicNetworkAccess;

describe('the Share panel', () => {
  const LABELS = {
    en: { share: 'Share', title: /^Title/, link: 'Share link', copy: 'Copy link', noBrackets: /^The title cannot contain < or >\./ },
    ko: { share: '공유', title: /^제목/, link: '공유 링크', copy: '링크 복사', noBrackets: /^제목에는 < 또는 > 기호를 넣을 수 없습니다\./ },
  } as const;

  async function openPanel(lang: Lang) {
    const session = await openLesson(lang);
    sessions.push(session);
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.baseUrl });
    await readyTerminal(session.page, lang);
    const { page } = session;
    await page.getByRole('button', { name: LABELS[lang].share, exact: true }).click();
    const link = page.getByRole('textbox', { name: LABELS[lang].link });
    await expect.poll(() => link.inputValue()).toMatch(/#lab=v1\./);
    return { session, page, link, title: page.getByRole('textbox', { name: LABELS[lang].title }) };
  }

  it('keeps the link and the copied link in step with commands run while it is open', async () => {
    const { session, page, link } = await openPanel('en');
    const before = await link.inputValue();
    expect(publicAccess(before)).toBe('Enabled');

    await terminalInput(page, 'en').focus();
    await runLine(page, 'az acr update --name myregistry --public-network-enabled false -o none');
    // The field follows the lab without any click...
    await expect.poll(async () => publicAccess(await link.inputValue())).toBe('Disabled');
    // ...and Copy puts the lab as it is now on the clipboard.
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect.poll(() => page.locator('[data-share-status]').textContent()).toBe('Link copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await link.inputValue());
    expect(publicAccess(copied)).toBe('Disabled');

    // A command that changes the world after the copy: the link moves on, "Link copied." no longer claims it.
    await terminalInput(page, 'en').focus();
    await runLine(page, 'az acr update --name myregistry --public-network-enabled true -o none');
    await expect.poll(async () => publicAccess(await link.inputValue())).toBe('Enabled');
    expect(await page.locator('[data-share-status]').textContent()).toBe('');
    expect(session.errors).toEqual([]);
  });

  it.each(['en', 'ko'] as const)('%s: a title with < or > gets a message for the sender, and the link stays usable', async (lang) => {
    const { session, page, link, title } = await openPanel(lang);
    await title.fill('Workshop');
    await expect.poll(async () => envelopeOf(await link.inputValue()).title).toBe('Workshop');
    const good = await link.inputValue();

    await title.fill('Workshop <b>bold</b>');
    const problem = page.locator('[data-share-title-error]');
    await expect.poll(() => problem.textContent()).toMatch(LABELS[lang].noBrackets);
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await title.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent)).toBe(await problem.textContent());
    // What was typed is kept; the link keeps the last valid title rather than going blank.
    expect(await title.inputValue()).toBe('Workshop <b>bold</b>');
    expect(await link.inputValue()).toBe(good);
    expect(await page.locator('[data-lab-share]').innerText()).not.toMatch(/invalid at title|값이 올바르지 않습니다/);
    await page.getByRole('button', { name: LABELS[lang].copy, exact: true }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(good);

    await title.fill('Workshop bold');
    await expect.poll(async () => envelopeOf(await link.inputValue()).title).toBe('Workshop bold');
    expect(await problem.textContent()).toBe('');
    expect(await title.getAttribute('aria-invalid')).toBe('false');
    expect(await labViolations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

const world = JSON.stringify(createWorld({}));
const HOSTILE: Array<[string, string, RegExp]> = [
  ['HTML in the title', `v1.${packText(JSON.stringify({ v: 1, title: '<img src=x onerror=window.__pwned=1>', world: JSON.parse(world) }))}`, /invalid at title: must be plain text/],
  ['ANSI escape in the title', `v1.${packText(JSON.stringify({ v: 1, title: '\u001b[31mred\u001b[0m', world: JSON.parse(world) }))}`, /control characters or terminal escape codes \(in title\)/],
  ['ANSI escape in a world string', `v1.${packText(`{"v":1,"world":${world.replace('"name":"', '"name":"\\u001b[2J\\u001b]0;pwned\\u0007')}}`)}`, /terminal escape codes \(in world\./],
  ['a __proto__ payload', `v1.${packText(`{"v":1,"__proto__":{"polluted":"yes"},"world":${world}}`)}`, /forbidden field name “__proto__”/],
  ['garbage', 'v1.<script>alert(1)</script>', /characters that do not belong/],
  ['an unknown version', `v7.${packText('{}')}`, /format 7, but this site reads format 1 only/],
  ['an oversized link', `v1.${'A'.repeat(70_000)}`, /too long \(69 KB; the limit is 64 KB\)/],
];

describe('hostile links', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openLesson('en', { init: RECORDER });
  }, 120_000);
  afterAll(() => session.close());

  it('has a recorder that does notice scripts (control: otherwise "log: []" proves nothing)', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/en/lessons/${LESSON}/`);
    const log = await page.evaluate(async () => {
      document.createElement('script');
      const box = document.createElement('div');
      box.innerHTML = '<img src="data:," onerror="window.__pwned=1">';
      document.body.append(box);
      await new Promise((resolve) => setTimeout(resolve, 300));
      box.remove();
      return { log: (window as { __scriptLog?: string[] }).__scriptLog, pwned: (window as { __pwned?: unknown }).__pwned };
    });
    // The site's CSP has no 'unsafe-inline' for scripts, so even injected markup could not run.
    expect(log.pwned).toBeUndefined();
    expect(log.log?.slice(0, 2)).toEqual(['createElement(script)', 'inserted DIV']);
    expect(log.log?.some((entry) => /^csp: script-src/.test(entry))).toBe(true);
  });

  it.each(HOSTILE)('%s: error banner, nothing executed or loaded, terminal still works', async (_name, payload, message) => {
    const { page, baseUrl } = session;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('about:blank');
    await page.goto(`${baseUrl}/en/lessons/${LESSON}/#lab=${payload}`);
    const error = page.locator('[data-share-error]');
    await error.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator('[data-share-error-text]').textContent()).toMatch(message);
    expect(await page.locator('[data-share-loaded]').isVisible()).toBe(false);
    const seen = await page.evaluate(() => ({
      pwned: (window as { __pwned?: unknown }).__pwned,
      polluted: ({} as { polluted?: unknown }).polluted,
      log: (window as { __scriptLog?: string[] }).__scriptLog,
      injected: document.querySelectorAll('[data-lab-share] :is(img, iframe, script:not([type="application/json"])), [data-lab] img[onerror]').length,
    }));
    expect(seen).toEqual({ pwned: undefined, polluted: undefined, log: [], injected: 0 });
    expect(requests.filter((u) => u.endsWith('/x'))).toEqual([]);
    // The terminal still works on the lesson's own world: every hostile world above is an empty
    // createWorld() without myregistry, so `az acr show` would fail had one been loaded.
    await readyTerminal(page, 'en');
    await runLine(page, 'az acr show -n myregistry --query loginServer -o tsv');
    await expect.poll(() => screenText(page)).toContain('myregistry.azurecr.io');
    page.removeAllListeners('request');
  });
});
