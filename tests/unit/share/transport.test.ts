import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, inflateCapped, packText, toBase64Url, unpackText } from '~/lab/share';

describe('base64url', () => {
  it('matches Node’s base64url for any bytes and decodes back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it.each(['abc+', 'ab/c', 'abc=', 'ab c', 'ab%3D', 'abé1'])('refuses %j (outside the alphabet)', (text) => {
    expect(fromBase64Url(text)).toBeNull();
  });

  it('reports a length no encoder produces as cut off', () => {
    expect(fromBase64Url('abcde')).toBe('truncated');
  });
});

describe('unpackText', () => {
  it('round-trips any text, Korean and emoji included', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      expect(unpackText(packText(text))).toEqual({ ok: true, text });
    }));
  });

  it('refuses data longer than the encoded limit before decoding it', () => {
    expect(unpackText('A'.repeat(65 * 1024))).toEqual({ ok: false, error: { code: 'too-large', size: 65, limit: 64 } });
  });

  it('stops inflating a deflate bomb at the cap (40 MB of zeros in ~40 KB)', () => {
    // Node's native zlib builds the bomb quickly; fflate reads raw DEFLATE from any encoder.
    const bomb = toBase64Url(deflateRawSync(Buffer.alloc(40 * 1024 * 1024), { level: 9 }));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    expect(unpackText(bomb)).toEqual({ ok: false, error: { code: 'inflated-too-large', limit: 512 } });
    // Far less than the 40 MB the bomb expands to: only the cap plus one slice's output was held.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(8 * 1024 * 1024);
  });

  it('accepts output exactly at the cap and refuses one byte more', () => {
    const data = deflateSync(new Uint8Array(1000));
    expect(inflateCapped(data, 1000).ok).toBe(true);
    expect(inflateCapped(data, 999)).toEqual({ ok: false, error: { code: 'inflated-too-large', limit: 1 } });
  });

  it('refuses bytes that are not DEFLATE and text that is not UTF-8', () => {
    expect(unpackText(toBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0xff])))).toEqual({ ok: false, error: { code: 'damaged' } });
    expect(unpackText(toBase64Url(deflateSync(new Uint8Array([0xc3, 0x28]))))).toEqual({ ok: false, error: { code: 'damaged' } });
  });
});
