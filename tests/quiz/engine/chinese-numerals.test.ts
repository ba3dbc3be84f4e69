/** Chinese numerals, by example and by property: any whole number written out the standard way reads back as itself. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../../src/quiz/engine/chinese-numerals.js';

const DIGITS = '零一二三四五六七八九';

/**
 * The standard way to write n (below 10^16) in Chinese numerals, written here
 * independently of the parser: 亿 over 万 over 千百十, a 零 for each gap.
 */
function write(n: number, leading = true): string {
  if (n >= 1e8) return withUnit(Math.floor(n / 1e8), '亿', n % 1e8, 1e7, leading);
  if (n >= 1e4) return withUnit(Math.floor(n / 1e4), '万', n % 1e4, 1e3, leading);
  return below10000(n, leading);
}

function withUnit(high: number, unit: string, low: number, gap: number, leading: boolean): string {
  return write(high, leading) + unit + (low === 0 ? '' : (low < gap ? '零' : '') + write(low, false));
}

function below10000(n: number, leading: boolean): string {
  if (n === 0) return '零';
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    // 十五 rather than 一十五 at the very start of a number.
    out += leading && out === '' && i === 2 && d === 1 ? '十' : DIGITS[d]! + units[i];
  });
  return out;
}

describe('parseChineseNumeral', () => {
  it('reads back every whole number written the standard way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 15 }), (n) => {
        expect(parseChineseNumeral(write(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('the writer used above agrees with known spellings', () => {
    expect(write(175e9)).toBe('一千七百五十亿');
    expect(write(10005)).toBe('一万零五');
    expect(write(15)).toBe('十五');
    expect(write(100_000_001)).toBe('一亿零一');
  });

  it('is not fooled by text that is not a numeral', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const value = parseChineseNumeral(text);
        if (value !== undefined) expect(/^[零〇一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億点點]+$/.test(text)).toBe(true);
      }),
    );
  });

  it.each([['两千', 2000], ['兩千', 2000], ['壹仟柒佰伍拾億', 175e9], ['一万五', 15000], ['两千五', 2500], ['一百零五', 105]])('%s = %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['', '点五', '三点', '五四十', '万五'])('refuses %j', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });
});
