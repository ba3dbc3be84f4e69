/**
 * The right choice is not the longest one more often than chance: writers
 * qualify the true answer and leave distractors short, and test-wise learners
 * learn to pick the longest. Per bank and language, the number of choice
 * questions whose strictly longest choice is a correct one is compared with
 * what chance gives (correct/choices per question); a count so high that
 * chance would reach it less often than `alpha` is reported.
 */
import { displayWidth } from '../../text/width.js';
import * as z from 'zod';
import type { QuestionRef } from '../context.js';
import type { RuleContext, RuleMeta } from '../rule.js';
import { banks, choicePath, isChoice, reportAt, textIn, type ChoiceQuestion } from '../quiz/texts.js';
import { atLeastProbability } from '../quiz/chance.js';

export const Options = z.object({
  /** Banks with fewer choice questions (with a strictly longest choice) are not checked. */
  minQuestions: z.number().int().min(2).default(4),
  /** How unlikely under chance the count must be to report it. */
  alpha: z.number().gt(0).lt(1).default(0.05),
});
type Options = z.infer<typeof Options>;

export const meta: RuleMeta = {
  id: 'quiz-longest-correct',
  severity: 'warning',
  description: {
    en: 'The correct choice is not the longest in far more choice questions of a bank than chance would give (options minQuestions, alpha)',
    zh: '同一题库中，正确选项恰是最长选项的题目数不能远超随机水平（选项 minQuestions、alpha）',
  },
  fixable: false,
  options: Options,
};

const messages = {
  en: {
    longest: (hits: number, trials: number, expected: number, p: number, lang: string, ids: string) =>
      `the correct choice is the longest in ${hits} of ${trials} choice questions in this bank (${lang}); chance gives about ${expected.toFixed(1)} (p = ${p.toPrecision(2)}): ${ids}`,
  },
  zh: {
    longest: (hits: number, trials: number, expected: number, p: number, lang: string, ids: string) =>
      `本题库 ${trials} 道选择题中有 ${hits} 道的正确选项最长（${lang}），随机约为 ${expected.toFixed(1)} 道（p = ${p.toPrecision(2)}）：${ids}`,
  },
};

interface Trial {
  ref: QuestionRef;
  /** The chance that the longest choice is a correct one. */
  p: number;
  /** The index of the strictly longest choice, if it is correct. */
  hit: number | undefined;
}

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  const o = ctx.options as Options;
  for (const bank of banks(ctx)) {
    for (const lang of ctx.languages) {
      const trials = bank.flatMap((ref) => trialOf(ref, lang, ctx.languages));
      if (trials.length < o.minQuestions) continue;
      const hits = trials.filter((t) => t.hit !== undefined);
      const expected = trials.reduce((sum, t) => sum + t.p, 0);
      if (hits.length <= expected) continue;
      const p = atLeastProbability(trials.map((t) => t.p), hits.length);
      if (p >= o.alpha) continue;
      const first = hits[0]!;
      const ids = hits.map((t) => t.ref.entry.value.id).join(', ');
      const q = first.ref.entry.value as ChoiceQuestion;
      const at = [...choicePath(first.ref, first.hit!), ...(typeof q.choices[first.hit!]!.text === 'string' ? [] : [lang])];
      ctx.report(reportAt(first.ref, at, m.longest(hits.length, trials.length, expected, p, lang, ids)));
    }
  }
}

function trialOf(ref: QuestionRef, lang: string, languages: readonly string[]): Trial[] {
  const q = ref.entry.value;
  if (!isChoice(q) || q.choices.length < 2) return [];
  const widths = q.choices.map((c) => {
    const text = textIn(c.text, lang, languages);
    return text === undefined ? undefined : displayWidth(text.trim().replace(/\s+/g, ' '));
  });
  if (widths.some((w) => w === undefined)) return [];
  const max = Math.max(...(widths as number[]));
  const longest = widths.flatMap((w, i) => (w === max ? [i] : []));
  if (longest.length !== 1) return []; // a tie: no single longest choice to pick
  const correct = q.choices.filter((c) => c.correct === true).length;
  if (correct === 0 || correct === q.choices.length) return [];
  const index = longest[0]!;
  return [{ ref, p: correct / q.choices.length, hit: q.choices[index]!.correct === true ? index : undefined }];
}
