import { describe, expect, it } from 'vitest';
import { codeBlockLocale } from '../../../src/site/code-block-locale.mjs';

describe('codeBlockLocale', () => {
  it.each([
    { file: { path: '/work/main/content/docs/ko/lessons/03-cli-toggle.mdx' }, lang: 'ko' },
    { file: { path: '/work/main/content/docs/en/lessons/03-cli-toggle.mdx' }, lang: 'en' },
    { file: { path: 'C:\\site\\content\\docs\\ko\\index.mdx' }, lang: 'ko' },
    // A `ko` folder elsewhere on the path is not the page's language.
    { file: { path: '/home/ko/site/content/docs/en/index.mdx' }, lang: 'en' },
    { file: { path: '/elsewhere/ko/snippet.md' }, lang: 'en' },
    { file: {}, lang: 'en' },
    { file: { url: new URL('https://lab.example/acr-lab/ko/lessons/03-cli-toggle/') }, lang: 'ko' },
    { file: { url: new URL('https://lab.example/en/') }, lang: 'en' },
  ])('$file → $lang', ({ file, lang }) => {
    expect(codeBlockLocale({ file })).toBe(lang);
  });
});
