import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/course/pack-files.js';

/** What the loader used to decode with, and what decodeUtf8 must agree with. */
function reference(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

describe('decodeUtf8', () => {
  it('agrees with a fatal UTF-8 TextDecoder on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(decodeUtf8(Buffer.from(bytes))).toBe(reference(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees on any text, with or without a byte order mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.boolean(), (text, bom) => {
        const bytes = Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
        expect(decodeUtf8(bytes)).toBe(reference(bytes));
      }),
    );
  });

  it.each([
    ['an overlong slash', [0xc0, 0xaf]],
    ['a lone surrogate', [0xed, 0xa0, 0x80]],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a cut-off sequence', [0x61, 0xe4, 0xb8]],
    ['Latin-1', [0x63, 0x61, 0x66, 0xe9]],
  ])('refuses %s', (_, bytes) => {
    expect(decodeUtf8(Buffer.from(bytes))).toBeUndefined();
  });

  it('drops one byte order mark, as the decoder does, and keeps a second', () => {
    expect(decodeUtf8(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
    expect(decodeUtf8(Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61]))).toBe('\ufeffa');
  });
});
