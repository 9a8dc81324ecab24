/**
 * The byte layer of share links: UTF-8 text → raw DEFLATE (fflate) → base64url, and back.
 * Decoding treats its input as hostile: the alphabet is checked before anything is decoded,
 * the encoded size is capped, and inflation streams in small slices and stops at a cap, so a
 * "deflate bomb" (a few KB that expand to gigabytes; DEFLATE reaches ~1000:1) never allocates
 * more than the cap plus one slice's worth of output.
 */
import { deflateSync, Inflate } from 'fflate';
import type { ShareError } from './errors';

/** Longest accepted link data (the part after `v1.`), in characters. */
export const MAX_ENCODED_CHARS = 64 * 1024;
/** Largest accepted JSON once inflated, in bytes. */
export const MAX_INFLATED_BYTES = 512 * 1024;
/** Compressed bytes handed to the inflater at a time; bounds one step's output to ~0.5 MB. */
const SLICE = 512;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

/** base64url without padding (RFC 4648 §5): safe in a URL fragment without escaping. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Strict base64url decoding: `null` for a character outside the alphabet, `'truncated'` for an impossible length. */
export function fromBase64Url(text: string): Uint8Array | null | 'truncated' {
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (const c of text) {
    const v = INDEX.get(c);
    if (v === undefined) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  // One leftover character holds 6 bits, never a whole byte: no encoder ends that way.
  return text.length % 4 === 1 ? 'truncated' : out;
}

/** Compresses text for a link (deterministic: same text, same link). */
export function packText(text: string): string {
  return toBase64Url(deflateSync(new TextEncoder().encode(text), { level: 9 }));
}

/** Inflates `data`, refusing output larger than `cap` bytes; errors are values. */
export function inflateCapped(data: Uint8Array, cap: number): { ok: true; bytes: Uint8Array } | { ok: false; error: ShareError } {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > cap) over = true;
    else chunks.push(chunk.slice());
  });
  try {
    for (let i = 0; i < data.length && !over; i += SLICE) inflater.push(data.subarray(i, i + SLICE), false);
    if (!over) inflater.push(new Uint8Array(0), true);
  } catch {
    return { ok: false, error: { code: 'damaged' } };
  }
  if (over) return { ok: false, error: { code: 'inflated-too-large', limit: Math.round(cap / 1024) } };
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}

export interface UnpackLimits {
  maxEncodedChars: number;
  maxInflatedBytes: number;
}

const DEFAULT_LIMITS: UnpackLimits = { maxEncodedChars: MAX_ENCODED_CHARS, maxInflatedBytes: MAX_INFLATED_BYTES };

/** Reverses {@link packText}: size check, alphabet check, capped inflate, strict UTF-8. */
export function unpackText(data: string, limits: UnpackLimits = DEFAULT_LIMITS): { ok: true; text: string } | { ok: false; error: ShareError } {
  if (data.length > limits.maxEncodedChars) {
    return { ok: false, error: { code: 'too-large', size: Math.ceil(data.length / 1024), limit: Math.round(limits.maxEncodedChars / 1024) } };
  }
  if (data.length === 0) return { ok: false, error: { code: 'damaged' } };
  const bytes = fromBase64Url(data);
  if (bytes === null) return { ok: false, error: { code: 'encoding' } };
  if (bytes === 'truncated') return { ok: false, error: { code: 'damaged' } };
  const inflated = inflateCapped(bytes, limits.maxInflatedBytes);
  if (!inflated.ok) return inflated;
  try {
    // fatal: invalid UTF-8 is an error, not U+FFFD replacement characters.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes) };
  } catch {
    return { ok: false, error: { code: 'damaged' } };
  }
}
