/**
 * Share links: `<page>#lab=v1.<data>`, where data is the envelope as JSON, deflated and
 * base64url-encoded. The lab lives in the URL FRAGMENT, which browsers never send to a server
 * (RFC 3986 §3.5), so a shared lab reaches no server log. Reading a link never throws: every
 * refusal is a {@link ShareError} value with a sentence for the page.
 */
import { clip, type ShareError } from './errors';
import { SHARE_VERSION, ShareEnvelopeSchema, type ShareEnvelope } from './envelope';
import { findUnsafeText, parseUntrustedJson } from './safe-json';
import { MAX_ENCODED_CHARS, packText, unpackText } from './transport';

export type ShareResult<T> = { ok: true; value: T } | { ok: false; error: ShareError };

/** Name of the fragment parameter (`#lab=`). */
export const HASH_PARAM = 'lab';

const fail = (error: ShareError): { ok: false; error: ShareError } => ({ ok: false, error });

/** Checks decoded JSON: version first (for a clear message), then text safety, then the schema. */
export function validateEnvelope(value: unknown): ShareResult<ShareEnvelope> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail({ code: 'invalid', path: '(root)', problem: 'is not an object' });
  }
  const version = (value as { v?: unknown }).v;
  if (version === undefined) return fail({ code: 'invalid', path: 'v', problem: 'is missing' });
  if (version !== SHARE_VERSION) return fail({ code: 'version', version: clip(String(version), 16) });
  const unsafe = findUnsafeText(value);
  if (unsafe !== null) return fail({ code: 'unsafe-text', path: clip(unsafe, 80) });
  const parsed = ShareEnvelopeSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail({ code: 'invalid', path: clip(issue.path.join('.') || '(root)', 80), problem: clip(issue.message) });
  }
  return { ok: true, value: parsed.data as ShareEnvelope };
}

/**
 * The link payload (`v1.<data>`) for a lab. The envelope goes through the receiver's checks
 * first, so a link this returns always opens; a lab that cannot be shared gets the same error
 * the receiver would have seen.
 */
export function encodeShare(envelope: ShareEnvelope): ShareResult<string> {
  const checked = validateEnvelope(JSON.parse(JSON.stringify(envelope)) as unknown);
  if (!checked.ok) return checked;
  const data = packText(JSON.stringify(checked.value));
  if (data.length > MAX_ENCODED_CHARS) {
    return fail({ code: 'too-large', size: Math.ceil(data.length / 1024), limit: MAX_ENCODED_CHARS / 1024 });
  }
  return { ok: true, value: `v${SHARE_VERSION}.${data}` };
}

/** Reads a link payload (`v1.<data>`). */
export function decodeShare(payload: string): ShareResult<ShareEnvelope> {
  if (payload.length === 0) return fail({ code: 'missing' });
  // Cheap size check before any regex or decoding work on a huge string.
  if (payload.length > MAX_ENCODED_CHARS + 16) {
    return fail({ code: 'too-large', size: Math.ceil(payload.length / 1024), limit: MAX_ENCODED_CHARS / 1024 });
  }
  const match = /^v([0-9]{1,6})\.([\s\S]*)$/.exec(payload);
  if (!match) return fail(/^v[0-9]/.test(payload) ? { code: 'damaged' } : { code: 'encoding' });
  if (Number(match[1]) !== SHARE_VERSION) return fail({ code: 'version', version: match[1] });
  const text = unpackText(match[2]);
  if (!text.ok) return text;
  const json = parseUntrustedJson(text.text);
  if (!json.ok) return json;
  return validateEnvelope(json.value);
}

/**
 * The payload of a page's fragment (`location.hash`), `null` when the page was not opened from a
 * share link. Accepts `#lab=…` alone or among other `&`-separated fragment parameters.
 */
export function payloadFromHash(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of fragment.split('&')) {
    if (part.startsWith(`${HASH_PARAM}=`)) return part.slice(HASH_PARAM.length + 1);
  }
  return null;
}

/** A full share URL: `page` (absolute, its own fragment dropped) plus `#lab=<payload>`. */
export function shareUrl(page: string | URL, payload: string): string {
  const url = new URL(page);
  url.hash = '';
  return `${url.href}#${HASH_PARAM}=${payload}`;
}
