import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { clusterWidth, codePointWidth } from '../../src/text/width.js';

describe('the width table', () => {
  it('gives every code point the width string-width gives it', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const expected = stringWidth(String.fromCodePoint(cp));
      if (codePointWidth(cp) !== expected) wrong.push(`U+${cp.toString(16)}: ${codePointWidth(cp)} != ${expected}`);
      if (wrong.length > 10) break;
    }
    expect(wrong).toEqual([]);
  }, 180_000); // every code point against string-width: slow on a loaded machine

  it.each(['a', '中', '，', 'é', 'e\u0301', '\u200b', '😀', '👍🏽', '👨‍👩‍👧', '🇨🇳', '1\ufe0f\u20e3', '\u{20000}', '\ud800', 'ｱ', 'ﾞ', '❤\ufe0f', '✌🏻', '🏳\ufe0f\u200d🌈', '中\u0301', 'a\u0308\u0301', '#\ufe0f\u20e3', '🧑\u200d💻', '\u00ad'])(
    'measures the cluster %j as string-width does',
    (cluster) => {
      expect(clusterWidth(cluster)).toBe(stringWidth(cluster));
    },
  );
});
