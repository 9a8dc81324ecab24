/**
 * Why a share link was refused, as a value. Every code has a sentence in both languages
 * (`share.error.*` in src/i18n/<lang>/share.json); details are plain text for `textContent`.
 */

/** A refused link or an unshareable lab. */
export type ShareError =
  | { code: 'missing' }
  | { code: 'too-large'; size: number; limit: number }
  | { code: 'encoding' }
  | { code: 'damaged' }
  | { code: 'inflated-too-large'; limit: number }
  | { code: 'version'; version: string }
  | { code: 'json' }
  | { code: 'too-deep'; limit: number }
  | { code: 'forbidden-key'; key: string }
  | { code: 'unsafe-text'; path: string }
  | { code: 'invalid'; path: string; problem: string };

/** Translation function of the page or the CLI (`share.*` keys). */
export type ShareTranslate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

const KEYS: Record<ShareError['code'], string> = {
  missing: 'share.error.missing',
  'too-large': 'share.error.tooLarge',
  encoding: 'share.error.encoding',
  damaged: 'share.error.damaged',
  'inflated-too-large': 'share.error.inflatedTooLarge',
  version: 'share.error.version',
  json: 'share.error.json',
  'too-deep': 'share.error.tooDeep',
  'forbidden-key': 'share.error.forbiddenKey',
  'unsafe-text': 'share.error.unsafeText',
  invalid: 'share.error.invalid',
};

/** The error's sentence in the page language (all parameters are plain text). */
export function shareErrorMessage(error: ShareError, t: ShareTranslate): string {
  const { code, ...params } = error;
  return t(KEYS[code], params);
}

/** Shortens a detail that came from the link (e.g. a zod message quoting a value) for display. */
export function clip(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
