import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksum } from '../../src/cli/program-loader.js';

describe('checksum of saved code', () => {
  it('changes when any one bit changes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 600 }), fc.nat(), fc.nat({ max: 7 }), (bytes, at, bit) => {
        const damaged = Uint8Array.from(bytes);
        damaged[at % bytes.length]! ^= 1 << bit;
        expect(checksum(damaged)).not.toBe(checksum(bytes));
      }),
    );
  });

  it('changes when bytes are cut off the end, and reads unaligned views', () => {
    const bytes = Uint8Array.from({ length: 1027 }, (_, i) => (i * 37) & 0xff);
    for (const cut of [1, 2, 3, 4, 5, 500]) expect(checksum(bytes.subarray(0, bytes.length - cut))).not.toBe(checksum(bytes));
    const unaligned = new Uint8Array(bytes.buffer, 1, 1000);
    expect(checksum(unaligned)).toBe(checksum(Uint8Array.from(unaligned)));
  });
});
