/**
 * The shell's user-facing texts (only `help`; bash's own messages stay English like bash),
 * read from the flat locale files. Typing the catalogue as `typeof en` makes a missing
 * Korean key a compile error.
 */
import en from '../i18n/en/shell.json';
import ko from '../i18n/ko/shell.json';
import type { Locale } from './types';

export type ShellTextKey = keyof typeof en;

const CATALOGUE: Record<Locale, typeof en> = { en, ko };

/** Looks up a text and fills `{param}` placeholders. */
export function shellText(locale: Locale, key: ShellTextKey, params: Record<string, string> = {}): string {
  const text = CATALOGUE[locale][key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? params[name] : whole));
}

/** True if `key` names a text (for keys built at run time, e.g. per command). */
export function isShellTextKey(key: string): key is ShellTextKey {
  return Object.hasOwn(en, key);
}
