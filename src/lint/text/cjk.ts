/** Character classes for Chinese typography. Han covers every CJK ideograph block, extensions included. */
export const HAN = /\p{Script=Han}/u;
export const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

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

/**
 * CJK symbols and full-width forms (`。`, `（`, `」`): a half-width mark next
 * to one is in Chinese text too. Curly quotes, `…` and `—` are left out:
 * English uses them as well.
 */
export function isCjkPunctuation(char: string | undefined): boolean {
  return char !== undefined && /[\u3000-\u303f\uff00-\uffef]/.test(char);
}

/** A reference in GB/T 7714 form (`[1] 作者. 书名[M]. 北京: 出版社, 2020.`): it uses half-width marks by design. */
export function isCitation(text: string): boolean {
  // In a run, `].` is a masked symbol run (U+FFFC placeholders): accept it for the closing bracket.
  return /^\s*\[\d+\]/.test(text) && /\[(?:M|J|C|D|R|S|P|N|G|Z|A|EB|DB|CP)(?:\/OL)?[\]\uFFFC]/.test(text);
}
