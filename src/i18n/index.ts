/**
 * Every UI string of the site, in English and Korean. Files are flat JSON per namespace
 * (`src/i18n/<lang>/<namespace>.json`). Korean is checked against English when this module
 * loads, so a missing or extra key fails the build instead of showing a blank in production.
 */
import { checkCatalogs, type Catalog } from './check';

export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];

const files = import.meta.glob<Catalog>('./*/*.json', { eager: true, import: 'default' });

function collect(lang: Lang): Catalog {
  const merged: Catalog = {};
  for (const [path, catalog] of Object.entries(files)) {
    if (path.startsWith(`./${lang}/`)) Object.assign(merged, catalog);
  }
  return merged;
}

export const catalogs: Record<Lang, Catalog> = { en: collect('en'), ko: collect('ko') };
checkCatalogs(catalogs.en, catalogs.ko);

/** Normalises any locale string (`ko-KR`, `en`, undefined) to one of the lab's languages. */
export function toLang(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** Looks up `key` and fills `{param}` placeholders; an unknown key renders as itself. */
export function t(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const template = Object.hasOwn(catalogs[lang], key) ? catalogs[lang][key] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
