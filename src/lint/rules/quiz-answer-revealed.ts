/**
 * No question gives its answer away before it is answered: a numeric answer
 * written (in any form the quiz accepts) in its prompt or unit, or in the
 * prompt or choices of another question of the bank; a correct choice quoted
 * in the prompt while no wrong choice is.
 */
import * as z from 'zod';
import { displayWidth } from '../../text/width.js';
import { withinTolerance } from '../../quiz/engine/numeric.js';
import type { QuestionRef } from '../context.js';
import type { RuleContext, RuleMeta } from '../rule.js';
import { numbersIn, type NumberInText } from '../quiz/numbers-in-text.js';
import { banks, fold, isChoice, langTexts, reportAt, textIn, type LangText } from '../quiz/texts.js';

export const Options = z.object({
  /** Numeric answers smaller than this (in size) are only looked for in their own question: small counts recur everywhere. */
  otherQuestionsFrom: z.number().min(0).default(10),
  /** A choice shorter than this (in terminal columns) is not looked for in the prompt. */
  minChoiceWidth: z.number().int().min(1).default(4),
});
type Options = z.infer<typeof Options>;

export const meta: RuleMeta = {
  id: 'quiz-answer-revealed',
  severity: 'warning',
  description: {
    en: "No answer in plain sight: a numeric answer in its prompt or unit or in another question's prompt or choices; a correct choice quoted in the prompt (options otherQuestionsFrom, minChoiceWidth)",
    zh: '答案不能事先露出：数值答案出现在本题题干或单位、或同题库其他题的题干或选项中；正确选项原文出现在题干中（选项 otherQuestionsFrom、minChoiceWidth）',
  },
  fixable: false,
  options: Options,
};

const messages = {
  en: {
    own: (written: string, field: string) => `the answer is written in the question's own ${field} ('${written}')`,
    other: (written: string, id: string) => `the answer is written in question ${id} of this bank ('${written}'), which a learner may see first`,
    quoted: (choice: string) => `the prompt quotes the correct choice '${choice}' and no wrong choice`,
  },
  zh: {
    own: (written: string, field: string) => `答案写在了本题的${field === 'prompt' ? '题干' : '单位'}里（“${written}”）`,
    other: (written: string, id: string) => `答案写在了本题库的题目 ${id} 中（“${written}”），学习者可能先看到它`,
    quoted: (choice: string) => `题干原样出现了正确选项“${choice}”，却没有出现任何错误选项`,
  },
};

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  const o = ctx.options as Options;
  for (const bank of banks(ctx)) {
    // The numbers a learner reads in each question of the bank, found once: every numeric question looks through them all.
    const shown = new Map<QuestionRef, NumberInText[]>();
    const numbersShown = (ref: QuestionRef): NumberInText[] => {
      let numbers = shown.get(ref);
      if (!numbers) shown.set(ref, (numbers = shownTexts(ref, ctx.languages).flatMap((t) => numbersIn(t.text))));
      return numbers;
    };
    for (const ref of bank) {
      const q = ref.entry.value;
      if (q.type === 'numeric') checkNumeric(ctx, ref, bank, numbersShown, o, m);
      if (isChoice(q)) {
        for (const prompt of langTexts(q.prompt, ctx.languages, [...ref.path, 'prompt'])) {
          const stem = fold(prompt.text);
          const texts = q.choices.map((c) => textIn(c.text, prompt.lang, ctx.languages) ?? '');
          const quoted = (text: string) => displayWidth(text.trim()) >= o.minChoiceWidth && fold(text) !== '' && stem.includes(fold(text));
          const right = q.choices.findIndex((c, i) => c.correct === true && quoted(texts[i]!));
          if (right >= 0 && !q.choices.some((c, i) => c.correct !== true && quoted(texts[i]!))) ctx.report(reportAt(ref, prompt.at, m.quoted(texts[right]!)));
        }
      }
    }
  }
}

function checkNumeric(
  ctx: RuleContext,
  ref: QuestionRef,
  bank: QuestionRef[],
  numbersShown: (ref: QuestionRef) => NumberInText[],
  o: Options,
  m: (typeof messages)['en'],
): void {
  const q = ref.entry.value;
  if (q.type !== 'numeric') return;
  const isAnswer = (n: NumberInText) => withinTolerance(n.value, q.answer, q.tolerance ?? 0);
  for (const field of ['prompt', 'unit'] as const) {
    for (const t of langTexts(q[field], ctx.languages, [...ref.path, field])) {
      const found = numbersIn(t.text).find(isAnswer);
      if (found) ctx.report(reportAt(ref, t.at, m.own(found.text, field)));
    }
  }
  if (Math.abs(q.answer) < o.otherQuestionsFrom) return;
  for (const other of bank) {
    if (other === ref) continue;
    // The first number, in the order a learner reads them, that answers this question.
    const found = numbersShown(other).find(isAnswer);
    if (found) ctx.report(reportAt(ref, [...ref.path, 'answer'], m.other(found.text, other.entry.value.id)));
  }
}

/** What a learner reads before answering a question: its prompt, choices, items, pairs and unit. */
function shownTexts(ref: QuestionRef, languages: readonly string[]): LangText[] {
  const q = ref.entry.value;
  const at = ref.path;
  const out = langTexts(q.prompt, languages, [...at, 'prompt']);
  if (isChoice(q)) q.choices.forEach((c, i) => out.push(...langTexts(c.text, languages, [...at, 'choices', i, 'text'])));
  if (q.type === 'order') q.items.forEach((item, i) => out.push(...langTexts(item, languages, [...at, 'items', i])));
  if (q.type === 'match') q.pairs.forEach((p, i) => out.push(...langTexts(p.left, languages, [...at, 'pairs', i, 'left']), ...langTexts(p.right, languages, [...at, 'pairs', i, 'right'])));
  if (q.type === 'numeric') out.push(...langTexts(q.unit, languages, [...at, 'unit']));
  return out;
}
