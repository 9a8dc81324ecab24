/** The lab's two languages; Korean for any `ko*` browser preference, English otherwise. */
export type SiteLang = 'en' | 'ko';

/**
 * Picks the site language from the browser's ordered preferences: the first preference that is
 * Korean or English wins, so a `ja, ko` browser gets Korean and a `de, en` browser English.
 */
export function pickLanguage(preferences: readonly string[]): SiteLang {
  for (const pref of preferences) {
    const tag = pref.toLowerCase();
    if (tag === 'ko' || tag.startsWith('ko-')) return 'ko';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}
