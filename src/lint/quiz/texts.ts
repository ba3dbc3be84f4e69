/**
 * What the quiz-quality rules share: a localised value as `(lang, text, path)`
 * triples, a pack's questions grouped by bank, a choice question's choices,
 * and the word lists keyed by language (`zh` also serves `zh-Hans`).
 */
import type { Choice, Localized, Question } from '../../course/schema.js';
import type { DataPath } from '../../course/yaml-source.js';
import type { QuestionRef, LintContext } from '../context.js';
import type { Report } from '../rule.js';
import { yamlAt } from '../where.js';

export interface LangText {
  lang: string;
  text: string;
  /** Where the text is in its file. */
  at: DataPath;
}

/** Each language's text of `value` (a plain string is the pack's first language). */
export function langTexts(value: Localized | undefined, languages: readonly string[], at: DataPath): LangText[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return languages.length === 1 ? [{ lang: languages[0]!, text: value, at }] : [];
  return Object.entries(value).map(([lang, text]) => ({ lang, text, at: [...at, lang] }));
}

/** The text of `value` in `lang`, if it has one. */
export function textIn(value: Localized | undefined, lang: string, languages: readonly string[]): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return languages[0] === lang ? value : undefined;
  return value[lang];
}

/** The questions of each bank, in file order. */
export function banks(ctx: LintContext): QuestionRef[][] {
  const byQuiz = new Map<unknown, QuestionRef[]>();
  for (const ref of ctx.questions) {
    const list = byQuiz.get(ref.quiz);
    if (list) list.push(ref);
    else byQuiz.set(ref.quiz, [ref]);
  }
  return [...byQuiz.values()];
}

export type ChoiceQuestion = Extract<Question, { type: 'single' | 'multiple' }>;

export function isChoice(q: Question): q is ChoiceQuestion {
  return q.type === 'single' || q.type === 'multiple';
}

export function choicePath(ref: QuestionRef, index: number): DataPath {
  return [...ref.path, 'choices', index, 'text'];
}

export const isCorrect = (c: Choice): boolean => c.correct === true;

/** A report at `at` in the question's bank file. */
export function reportAt(ref: QuestionRef, at: DataPath, message: string): Report {
  return { file: ref.quiz.file, position: yamlAt(ref.quiz.source, at), message };
}

/** The list for `lang` in a table keyed by language: an exact key first, then the base language (`zh` for `zh-Hans`). */
export function forLang<T>(table: Readonly<Record<string, T>>, lang: string): T | undefined {
  return Object.hasOwn(table, lang) ? table[lang] : table[lang.split('-')[0]!.toLowerCase()];
}

/** Folded for comparing choice texts: case, white space and punctuation ignored. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, '');
}

/** A word of a list, found as `findWords` says: `bounded` for a Latin word, which must not touch a letter or digit. */
interface WordPattern {
  word: string;
  re: RegExp;
  bounded: boolean;
}

const WORD_LISTS = new WeakMap<readonly string[], WordPattern[]>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The first of `words` in `text`, as `{ word, index, length }`: Latin words
 * on word boundaries, case ignored; words in other scripts anywhere. Where
 * several start at the same place, the one listed first. The text is
 * lower-cased, and each word is a plain pattern (compiled once per list)
 * whose boundaries are checked only where it occurs: one regular expression
 * with a Unicode letter class around every word took longer to compile than
 * the whole rule took to run.
 */
export function findWords(text: string, words: readonly string[]): { word: string; index: number; length: number } | undefined {
  if (words.length === 0) return undefined;
  let patterns = WORD_LISTS.get(words);
  if (!patterns) {
    patterns = words.map((word) => ({
      word,
      re: new RegExp(word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+'), 'g'),
      bounded: /^[\p{Script=Latin}\d' -]+$/u.test(word),
    }));
    WORD_LISTS.set(words, patterns);
  }
  const lower = text.toLowerCase();
  let best: { word: string; index: number; length: number } | undefined;
  for (const { word, re, bounded } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m && (!best || m.index < best.index); m = re.exec(lower)) {
      const end = m.index + m[0].length;
      if (!bounded || (!LETTER_OR_DIGIT.test(codePointBefore(lower, m.index)) && !LETTER_OR_DIGIT.test(codePointAt(lower, end)))) {
        best = { word, index: m.index, length: m[0].length };
        break;
      }
      if (m[0].length === 0) re.lastIndex++;
      else re.lastIndex = m.index + 1; // a later occurrence may overlap this one
    }
  }
  return best;
}

/** The code point that ends just before `index` (a whole surrogate pair), or '' at the start. */
function codePointBefore(text: string, index: number): string {
  if (index === 0) return '';
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 && (text.charCodeAt(index - 2) & 0xfc00) === 0xd800 ? index - 2 : index - 1;
  return text.slice(start, index);
}

/** The code point that starts at `index` (a whole surrogate pair), or '' at the end. */
function codePointAt(text: string, index: number): string {
  const cp = text.codePointAt(index);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}
