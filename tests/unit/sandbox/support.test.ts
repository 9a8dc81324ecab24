/**
 * The support check that decides whether the "Node sandbox" switch can be used, and the
 * sentence shown for each outcome in both languages. Browser list and requirements:
 * https://webcontainers.io/guides/browser-support
 */
import { describe, expect, it } from 'vitest';
import en from '~/i18n/en/sandbox.json';
import ko from '~/i18n/ko/sandbox.json';
import { translator } from '~/lab/strings';
import { checkSupport, type SupportEnv, type SupportVerdict } from '~/lab/webcontainer/support';
import { fallbackText, verdictText } from '~/lab/webcontainer/toggle';

const UA = {
  chrome: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  headless: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  android: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  safari17: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
  safari15: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Safari/605.1.15',
  iphone17: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
  iphone15: 'Mozilla/5.0 (iPhone; CPU iPhone OS 15_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.7 Mobile/15E148 Safari/604.1',
  chromeIos: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.0.0 Mobile/15E148 Safari/604.1',
  other: 'SomeBrowser/1.0',
};

const env = (userAgent: string, over: Partial<SupportEnv> = {}): SupportEnv => ({
  crossOriginIsolated: true,
  sharedArrayBuffer: true,
  userAgent,
  maxTouchPoints: 0,
  ...over,
});

describe.each<[string, SupportEnv, SupportVerdict]>([
  ['Chrome', env(UA.chrome), { kind: 'supported', beta: false }],
  ['Edge', env(UA.edge), { kind: 'supported', beta: false }],
  ['headless Chrome', env(UA.headless), { kind: 'supported', beta: false }],
  ['Chrome on Android', env(UA.android, { maxTouchPoints: 5 }), { kind: 'supported', beta: false }],
  ['Firefox (beta)', env(UA.firefox), { kind: 'supported', beta: true }],
  ['Safari 17 (beta)', env(UA.safari17), { kind: 'supported', beta: true }],
  ['Safari 15.6', env(UA.safari15), { kind: 'unsupported', reason: 'browser' }],
  ['an unknown browser', env(UA.other), { kind: 'unsupported', reason: 'browser' }],
  ['iPhone, iOS 17', env(UA.iphone17, { maxTouchPoints: 5 }), { kind: 'gated', reason: 'ios' }],
  ['Chrome on iOS 17 (WebKit underneath)', env(UA.chromeIos, { maxTouchPoints: 5 }), { kind: 'gated', reason: 'ios' }],
  ['iPad with a desktop user agent', env(UA.safari17, { maxTouchPoints: 5 }), { kind: 'gated', reason: 'ios' }],
  ['iPhone, iOS 15', env(UA.iphone15, { maxTouchPoints: 5 }), { kind: 'unsupported', reason: 'browser' }],
  ['Chrome without cross-origin isolation', env(UA.chrome, { crossOriginIsolated: false, sharedArrayBuffer: false }), { kind: 'unsupported', reason: 'notIsolated' }],
  ['iPhone without isolation (headers first)', env(UA.iphone17, { crossOriginIsolated: false, maxTouchPoints: 5 }), { kind: 'unsupported', reason: 'notIsolated' }],
  ['an isolated page without SharedArrayBuffer', env(UA.chrome, { sharedArrayBuffer: false }), { kind: 'unsupported', reason: 'noSharedMemory' }],
])('checkSupport: %s', (_name, input, verdict) => {
  it(`is ${verdict.kind}`, () => {
    expect(checkSupport(input)).toEqual(verdict);
  });
});

describe.each([
  ['en', en],
  ['ko', ko],
] as const)('the explanations in %s', (_lang, catalog) => {
  const t = translator(catalog);
  const verdicts: SupportVerdict[] = [
    { kind: 'supported', beta: false },
    { kind: 'supported', beta: true },
    { kind: 'gated', reason: 'ios' },
    { kind: 'unsupported', reason: 'notIsolated' },
    { kind: 'unsupported', reason: 'noSharedMemory' },
    { kind: 'unsupported', reason: 'browser' },
  ];

  it('have a distinct sentence for every verdict, none showing a raw key', () => {
    const texts = verdicts.map((v) => verdictText(v, t));
    expect(new Set(texts).size).toBe(verdicts.length);
    for (const text of texts) expect(text).not.toMatch(/sandbox\.\w/);
  });

  it('fill in the time-out and the error of a failed start', () => {
    expect(fallbackText({ kind: 'timeout', step: 'boot' }, t, 45_000)).toContain('45');
    expect(fallbackText({ kind: 'error', step: 'download', error: 'HTTP 404' }, t, 1)).toContain('HTTP 404');
    expect(fallbackText({ kind: 'crashed', error: 'the shell keeps exiting' }, t, 1)).toContain('the shell keeps exiting');
    for (const kind of ['offline', 'blocked', 'cancelled'] as const) expect(fallbackText({ kind }, t, 1)).not.toMatch(/sandbox\.\w|\{/);
  });
});
