/** Character classes for Chinese typography. Han covers every CJK ideograph block, extensions included. */
export const HAN = /\p{Script=Han}/u;
export const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/** Units written straight after a number in Chinese (`2024年`, `3月`): no space required. */
export const ZH_UNITS = new Set('年月日号時时分秒'.split(''));

/** Full-width punctuation that must not be doubled (`！！`, `。。`); `……` and `——` are fine. */
export const REPEATABLE_NOT = '。，、；：！？';

/** Half-width punctuation and its full-width form in Chinese text. */
export const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  '.': '。',
  ';': '；',
  ':': '：',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};

export function isHan(char: string | undefined): boolean {
  return char !== undefined && HAN.test(char);
}

/** Full-width punctuation and other CJK symbols: a half-width mark next to them is in Chinese text too. */
export function isCjkPunctuation(char: string | undefined): boolean {
  return char !== undefined && /[\u3000-\u303f\uff00-\uffef“”‘’…—]/.test(char);
}
