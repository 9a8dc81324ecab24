/**
 * The language of a code block, for Expressive Code's own texts (copy button, terminal title).
 * Starlight guesses it from the file's path under `src/content/docs/`; this site keeps its pages in
 * `content/docs/<lang>/`, where that guess is always the default locale (English).
 * Plain `.mjs`: astro.config.mjs loads it in Node, before Vite.
 */

/** Locale folders of `content/docs/`; anything else is the default locale. */
const LANGS = new Set(['en', 'ko']);

/**
 * `getBlockLocale` for Expressive Code: `file.path` is the Markdown/MDX file being rendered, or
 * `file.url` the page URL when a `<Code>` component renders the block.
 * @param {{ file: { path?: string; url?: URL } }} context
 * @returns {'en' | 'ko'}
 */
export function codeBlockLocale({ file }) {
  const segments = file.url
    ? file.url.pathname.split('/')
    : ((file.path ?? '').replace(/\\/g, '/').split('/content/docs/')[1] ?? '').split('/').slice(0, 1);
  return segments.find((s) => LANGS.has(s)) ?? 'en';
}
