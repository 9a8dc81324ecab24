/**
 * Sidebar groups with labels in both languages. Entries are listed from the English content
 * folders (file names start with their order, e.g. `01-why-exceptions.mdx`); Starlight shows each
 * page's own title in the reader's language.
 * Starlight's `autogenerate` cannot be used: it looks for pages under `src/content/docs/`, and
 * this project keeps them in the top-level `content/docs/`.
 */
import { readdirSync } from 'node:fs';

const docs = new URL('../../content/docs/en/', import.meta.url);

/** `{ slug }` items for every page in `content/docs/en/<dir>/`, sorted by file name. */
function pagesIn(dir) {
  return readdirSync(new URL(`${dir}/`, docs))
    .filter((file) => /^[^_].*\.mdx?$/.test(file))
    .sort()
    .map((file) => ({ slug: `${dir}/${file.replace(/\.mdx?$/, '')}` }));
}

export const sidebar = [
  {
    label: 'Start here',
    translations: { ko: '시작하기' },
    items: [{ slug: 'index', label: 'About this lab', translations: { ko: '실습 소개' } }],
  },
  { label: 'Lessons', translations: { ko: '레슨' }, items: pagesIn('lessons') },
  { label: 'Reference', translations: { ko: '참고 자료' }, items: pagesIn('reference') },
  { label: 'For instructors', translations: { ko: '강사용 안내' }, items: pagesIn('guide') },
];
