import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberWords } from '../../../src/quiz/engine/number-words.js';

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Below a thousand, in words (written here, independently of the parser). */
function below1000(n: number): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  const rest = r < 20 ? ONES[r]! : `${TENS[Math.floor(r / 10)]}${r % 10 ? `-${ONES[r % 10]}` : ''}`;
  return [h ? `${ONES[h]} hundred` : '', rest].filter(Boolean).join(' and ');
}

function words(n: number): string {
  if (n === 0) return 'zero';
  const scales = ['', 'thousand', 'million', 'billion'];
  const parts: string[] = [];
  for (let i = 0, rest = n; rest > 0; i++, rest = Math.floor(rest / 1000)) {
    if (rest % 1000) parts.unshift(`${below1000(rest % 1000)}${scales[i] ? ` ${scales[i]}` : ''}`);
  }
  return parts.join(' ');
}

describe('parseNumberWords', () => {
  it('reads back any whole number below a trillion written in words', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
          expect(parseNumberWords(words(n))).toBe(n);
        }), { numRuns: 1000 });
  });

  it.each(['', 'four apples', 'five twenty', 'thousand million', 'twenty thirty'])('refuses %j', (text) => {
    expect(parseNumberWords(text)).toBeUndefined();
  });
});
