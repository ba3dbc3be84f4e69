/**
 * Chinese numerals as a learner types them: 四, 十五, 两千, 一千七百五十亿,
 * 一万零五, 一万五 (15000: a digit after a unit counts in the next unit
 * down), 二〇二四 (digits in a row, read positionally), 三点五, 一点七五万亿,
 * and the financial forms (壹贰叁… 拾佰仟) and traditional 萬 億.
 *
 * No npm package fitted: nzh (the most used) reads 两千 as 0 and returns 0
 * for text it cannot read, which a quiz cannot tell from 零.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters a Chinese numeral is made of (with 点 for the decimal point). */
export const CHINESE_NUMERAL = /^[零〇一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億点點]+$/;

/** The value of a Chinese numeral, or undefined when `text` is not one. */
export function parseChineseNumeral(text: string): number | undefined {
  if (!CHINESE_NUMERAL.test(text)) return undefined;
  const point = text.search(/[点點]/);
  if (point === -1) return integer(text);
  // 三点五, 一点七五万亿: a whole part, positional decimals, then units that multiply.
  const whole = integer(text.slice(0, point));
  const rest = text.slice(point + 1);
  const decimals = /^[^十拾百佰千仟万萬亿億]+/.exec(rest)?.[0] ?? '';
  const units = rest.slice(decimals.length);
  if (whole === undefined || decimals === '' || [...decimals].some((ch) => DIGITS[ch] === undefined)) return undefined;
  let power = 1;
  for (const ch of units) {
    const unit = SMALL_UNITS[ch] ?? BIG_UNITS[ch];
    if (unit === undefined) return undefined;
    power *= unit;
  }
  const value = Number(`${whole}.${[...decimals].map((ch) => DIGITS[ch]).join('')}`);
  return value * power;
}

function integer(text: string): number | undefined {
  if (text === '') return undefined;
  const chars = [...text];
  // 二〇二四: only digits, more than one, read positionally.
  if (chars.length > 1 && chars.every((ch) => DIGITS[ch] !== undefined)) return Number(chars.map((ch) => DIGITS[ch]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = 0;
  let afterZero = false;
  for (const ch of chars) {
    const d = DIGITS[ch];
    const small = SMALL_UNITS[ch];
    const big = BIG_UNITS[ch];
    if (d !== undefined) {
      if (digit !== undefined && digit !== 0) return undefined; // two digits in a row inside a numeral
      afterZero = d === 0 || afterZero;
      digit = d;
    } else if (small !== undefined) {
      if (digit === 0) return undefined;
      section += (digit ?? 1) * small;
      digit = undefined;
      lastUnit = small;
      afterZero = false;
    } else if (big !== undefined) {
      const part = section + (digit ?? 0);
      if (big === 1e8) {
        total = (total + part) * big;
      } else {
        if (part === 0) return undefined;
        total += part * big;
      }
      section = 0;
      digit = undefined;
      lastUnit = big;
      afterZero = false;
    } else {
      return undefined;
    }
  }
  // 一万五 = 15000, 两千五 = 2500: a last digit straight after a unit (not after 零) counts in the unit below it.
  const tail = digit !== undefined && digit > 0 && lastUnit >= 100 && !afterZero && endsAfterUnit(chars) ? digit * (lastUnit / 10) : (digit ?? 0);
  return total + section + tail;
}

function endsAfterUnit(chars: string[]): boolean {
  const before = chars[chars.length - 2];
  return before !== undefined && (SMALL_UNITS[before] !== undefined || BIG_UNITS[before] !== undefined);
}
