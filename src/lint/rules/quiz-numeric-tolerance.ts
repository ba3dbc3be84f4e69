/**
 * One tolerance for one quantity: numeric questions across the pack whose
 * answers are the same number (and unit) accept the same relative tolerance,
 * so that "about 175 billion" is not right in one bank and wrong in another.
 */
import type { QuestionRef } from '../context.js';
import type { RuleContext, RuleMeta } from '../rule.js';
import { reportAt, textIn } from '../quiz/texts.js';

export const meta: RuleMeta = {
  id: 'quiz-numeric-tolerance',
  severity: 'warning',
  description: {
    en: 'Numeric questions with the same answer and unit accept the same tolerance everywhere in the pack',
    zh: '答案与单位相同的数值题，在整个课程包中容差一致',
  },
  fixable: false,
};

const messages = {
  en: { differs: (mine: number, theirs: number, answer: number, id: string) => `tolerance ${mine} here, but ${theirs} in question ${id} with the same answer ${answer}` },
  zh: { differs: (mine: number, theirs: number, answer: number, id: string) => `此处容差为 ${mine}，而答案同为 ${answer} 的题目 ${id} 容差为 ${theirs}` },
};

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  const groups = new Map<string, QuestionRef[]>();
  for (const ref of ctx.questions) {
    const q = ref.entry.value;
    if (q.type !== 'numeric' || !Number.isFinite(q.answer)) continue;
    const unit = textIn(q.unit, ctx.languages[0] ?? '', ctx.languages)?.trim().toLowerCase() ?? '';
    const key = `${q.answer}\u0000${unit}`;
    const list = groups.get(key);
    if (list) list.push(ref);
    else groups.set(key, [ref]);
  }
  for (const group of groups.values()) {
    const tol = (ref: QuestionRef) => (ref.entry.value.type === 'numeric' ? (ref.entry.value.tolerance ?? 0) : 0);
    // The tolerance most of the group uses (the first one's on a tie) is the reference.
    const counts = new Map<number, number>();
    for (const ref of group) counts.set(tol(ref), (counts.get(tol(ref)) ?? 0) + 1);
    const usual = [...counts].reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0];
    const exemplar = group.find((ref) => tol(ref) === usual)!;
    for (const ref of group) {
      if (tol(ref) === usual) continue;
      const q = ref.entry.value;
      const at = q.type === 'numeric' && q.tolerance !== undefined ? [...ref.path, 'tolerance'] : [...ref.path, 'answer'];
      ctx.report(reportAt(ref, at, m.differs(tol(ref), usual, q.type === 'numeric' ? q.answer : 0, `${exemplar.quiz.name}/${exemplar.entry.value.id}`)));
    }
  }
}
