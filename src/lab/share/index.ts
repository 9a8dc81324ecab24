/**
 * Share links for the lab (pure: no DOM). Encode a world (plus an optional title, scenario id
 * and goals) into a URL fragment, and read one back with the checks of src/lab/share/link.ts.
 */
export { SHARE_VERSION, MAX_TITLE, MAX_GOALS, TitleSchema, ShareEnvelopeSchema, type ShareEnvelope } from './envelope';
export { shareErrorMessage, type ShareError, type ShareTranslate } from './errors';
export { HASH_PARAM, decodeShare, encodeShare, payloadFromHash, shareUrl, validateEnvelope, type ShareResult } from './link';
export { MAX_DEPTH, UNSAFE_CHARS, findUnsafeText, nestingDepth, parseUntrustedJson } from './safe-json';
export { MAX_ENCODED_CHARS, MAX_INFLATED_BYTES, fromBase64Url, inflateCapped, packText, toBase64Url, unpackText } from './transport';
