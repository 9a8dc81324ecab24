import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../src/site/pick-language';

describe('pickLanguage', () => {
  it.each([
    [['ko-KR', 'en-US'], 'ko'],
    [['ko'], 'ko'],
    [['ja-JP', 'ko'], 'ko'],
    [['en-US', 'ko-KR'], 'en'],
    [['de-DE'], 'en'],
    [['kok'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (prefs, expected) => {
    expect(pickLanguage(prefs)).toBe(expected);
  });
});
