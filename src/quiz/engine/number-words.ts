/**
 * English number words: four, twenty-five, one hundred and five, seven
 * thousand two hundred, three million. (Digits with a scale word, such as
 * "1.5 billion", are read by numeric.ts.)
 */

const ONES: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** The value of `text` written in words, or undefined when it is not a number in words. */
export function parseNumberWords(text: string): number | undefined {
  const words = text.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w !== '' && w !== 'and');
  if (words.length === 0) return undefined;
  let total = 0;
  let group = 0;
  let seen = false;
  let lastScale = Infinity;
  for (const word of words) {
    const base = word === 'a' || word === 'an' ? 1 : (ONES[word] ?? TENS[word]);
    if (base !== undefined) {
      // "twenty five" adds; "five twenty" is not a number.
      if (seen && group % 10 !== 0 && group % 100 !== 0) return undefined;
      if (TENS[word] !== undefined && group % 100 !== 0) return undefined;
      group += base;
      seen = true;
    } else if (word === 'hundred') {
      if (group % 100 === 0 && group !== 0) return undefined;
      group = (group || 1) * 100;
      seen = true;
    } else if (SCALES[word] !== undefined) {
      const scale = SCALES[word]!;
      if (scale >= lastScale) return undefined;
      total += (group || 1) * scale;
      group = 0;
      lastScale = scale;
      seen = true;
    } else {
      return undefined;
    }
  }
  return seen ? total + group : undefined;
}
