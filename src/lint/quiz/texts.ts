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

const WORD_LISTS = new Map<string, RegExp>();

/**
 * The first of `words` in `text`, as `{ word, index, length }`: Latin words
 * on word boundaries, case ignored; words in other scripts anywhere. One
 * regular expression per list (compiled once): no case-insensitive Unicode
 * matching, which is slow to compile; the text is lower-cased instead.
 */
export function findWords(text: string, words: readonly string[]): { word: string; index: number; length: number } | undefined {
  if (words.length === 0) return undefined;
  const key = words.join('\u0000');
  let re = WORD_LISTS.get(key);
  if (!re) {
    const alternatives = words.map((word) => {
      const escaped = word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+');
      return /^[\p{Script=Latin}\d' -]+$/u.test(word) ? `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])` : escaped;
    });
    WORD_LISTS.set(key, (re = new RegExp(alternatives.map((a) => `(${a})`).join('|'), 'u')));
  }
  const match = re.exec(text.toLowerCase());
  if (!match) return undefined;
  const which = match.slice(1).findIndex((group) => group !== undefined);
  return { word: words[which]!, index: match.index, length: match[0].length };
}
