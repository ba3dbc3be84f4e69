/**
 * Line-breaking classes for Chinese, Japanese and mixed text (a practical
 * subset of UAX #14 and the kinsoku shori rules): where a line may break,
 * which characters may not start a line and which may not end one.
 */
import { clusterWidth } from './width.js';

/** Closing punctuation and marks that must not start a line (the middle dots · and ・ among them: a separator stays at the end of the line before). */
const NO_START = new Set([
  ...'，。、；：！？）」』】》〉〕〗〙〛｝］’”〟…‥・ー々〻ゝゞヽヾ～',
  ...'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ',
  ...'．｡､％‰℃°′″·',
  ...',.;:!?)]}%',
]);

/** Opening punctuation that must not end a line. */
const NO_END = new Set([...'（「『【《〈〔〖〘〚｛［‘“〝', ...'([{', ...'￥＄£¥']);

/** Marks written in pairs that must not be split: —— and …… */
const PAIRED = new Set(['—', '…', '‥', '⋯']);

export function isNoStart(cluster: string): boolean {
  return NO_START.has(cluster);
}

export function isNoEnd(cluster: string): boolean {
  return NO_END.has(cluster);
}

/** Wide characters (CJK, full-width forms, emoji) may break on either side. */
export function isWide(cluster: string): boolean {
  return clusterWidth(cluster) >= 2;
}

export function isSpace(cluster: string): boolean {
  return cluster === ' ' || cluster === '\t' || cluster === '\u3000';
}

/**
 * May a line break between two adjacent visible clusters (no space between)?
 * Between two wide characters and at a wide/narrow boundary, yes; inside a
 * run of narrow characters (a Latin word, a number), no; never before closing
 * or after opening punctuation, nor inside a —— or …… pair.
 */
export function canBreakBetween(before: string, after: string): boolean {
  // Two ASCII characters are neither wide nor paired: never (the common case, asked once a character).
  if (before.length === 1 && after.length === 1 && before < '\u007f' && after < '\u007f') return false;
  if (isNoStart(after) || isNoEnd(before)) return false;
  if (before === after && PAIRED.has(before)) return false;
  return isWide(before) || isWide(after) || PAIRED.has(before) || PAIRED.has(after);
}

/** May a line break at a space between these two visible clusters? */
export function canBreakAtSpace(before: string | undefined, after: string | undefined): boolean {
  return !(after !== undefined && isNoStart(after)) && !(before !== undefined && isNoEnd(before));
}

/** East Asian script (Han, kana, Hangul, CJK punctuation, full-width forms): soft line breaks between two of them join without a space. */
export function isCjk(cluster: string): boolean {
  return /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef\u2e80-\u2fdf\u3190-\u319f\u31c0-\u31ef]/u.test(cluster);
}
