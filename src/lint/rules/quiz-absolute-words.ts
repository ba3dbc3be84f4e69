/**
 * Absolute words (always, never, only, all, none; 总是, 从不, 唯一, 所有…)
 * where they give the answer away: in a true/false statement whose answer is
 * false, and in a wrong choice when no correct choice of the question carries
 * one. Test-wise learners know that absolute claims are usually false.
 * Phrases in `except` (such as "not always", 一定程度) are not absolutes.
 */
import * as z from 'zod';
import type { QuestionRef } from '../context.js';
import type { RuleContext, RuleMeta } from '../rule.js';
import { findWords, forLang, isChoice, langTexts, reportAt, type LangText } from '../quiz/texts.js';

const WordTable = z.record(z.string(), z.array(z.string()));

export const Options = z.object({
  words: WordTable.default({
    en: ['always', 'never', 'only', 'all', 'none', 'nothing', 'impossible', 'guaranteed'],
    zh: ['一定', '绝不', '唯一', '所有', '总是', '从不', '从来', '永远', '必然', '完全没有', '任何'],
  }),
  except: WordTable.default({
    en: ['not always', 'not only', 'not all', 'if and only if', 'all of the above', 'none of the above', 'only if'],
    zh: ['不一定', '一定程度', '一定的', '未必'],
  }),
});
type Options = z.infer<typeof Options>;

export const meta: RuleMeta = {
  id: 'quiz-absolute-words',
  severity: 'warning',
  description: {
    en: 'No absolute word (always, never, only, all, none…) in a false true/false statement, or in a wrong choice when no correct one has one (options words, except)',
    zh: '答案为“错误”的判断题和错误选项（正确选项都没有时）中不用绝对化词语（一定、绝不、唯一、所有、总是、从不等；选项 words、except）',
  },
  fixable: false,
  options: Options,
};

const messages = {
  en: {
    statement: (word: string) => `the false statement says '${word}': an absolute word gives away that it is false; qualify it, or use the word in true statements too`,
    choice: (word: string) => `the wrong choice says '${word}' and no correct choice has an absolute word: it gives away that this choice is wrong`,
  },
  zh: {
    statement: (word: string) => `答案为“错误”的陈述含绝对化词语“${word}”，等于提示它是错的；请改写，或让正确的陈述也用这类词`,
    choice: (word: string) => `错误选项含绝对化词语“${word}”，而正确选项都没有：等于提示这个选项是错的`,
  },
};

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  const o = ctx.options as Options;
  const absolute = (t: LangText): string | undefined => absoluteWord(t, o);
  for (const ref of ctx.questions) {
    const q = ref.entry.value;
    if (q.type === 'truefalse' && !q.answer) {
      for (const t of langTexts(q.prompt, ctx.languages, [...ref.path, 'prompt'])) {
        const word = absolute(t);
        if (word) ctx.report(reportAt(ref, t.at, m.statement(word)));
      }
    } else if (isChoice(q)) {
      checkChoices(ctx, ref, absolute, m.choice);
    }
  }
}

function checkChoices(ctx: RuleContext, ref: QuestionRef, absolute: (t: LangText) => string | undefined, say: (word: string) => string): void {
  const q = ref.entry.value;
  if (!isChoice(q)) return;
  const texts = q.choices.map((c, i) => langTexts(c.text, ctx.languages, [...ref.path, 'choices', i, 'text']));
  for (const lang of ctx.languages) {
    const inLang = texts.map((list) => list.find((t) => t.lang === lang));
    const correctHasOne = q.choices.some((c, i) => c.correct === true && inLang[i] && absolute(inLang[i]!));
    if (correctHasOne) continue;
    q.choices.forEach((c, i) => {
      const t = inLang[i];
      if (c.correct === true || !t) return;
      const word = absolute(t);
      if (word) ctx.report(reportAt(ref, t.at, say(word)));
    });
  }
}

/** The first absolute word in the text, after the `except` phrases are blanked out. */
export function absoluteWord(t: LangText, o: Options): string | undefined {
  let text = t.text;
  const except = forLang(o.except, t.lang) ?? [];
  for (let hit = findWords(text, except); hit; hit = findWords(text, except)) text = text.slice(0, hit.index) + ' '.repeat(hit.length) + text.slice(hit.index + hit.length);
  return findWords(text, forLang(o.words, t.lang) ?? [])?.word;
}
