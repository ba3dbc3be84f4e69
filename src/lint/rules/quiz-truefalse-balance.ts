/**
 * True/false answers balanced within a bank: when most statements are false
 * (or true), a learner who always answers that way passes without reading.
 */
import * as z from 'zod';
import type { RuleContext, RuleMeta } from '../rule.js';
import { banks, reportAt } from '../quiz/texts.js';

export const Options = z.object({
  /** Banks with fewer true/false questions are not checked. */
  minItems: z.number().int().min(2).default(4),
  /** The largest share of answers allowed one way. */
  maxShare: z.number().min(0.5).max(1).default(0.7),
});
type Options = z.infer<typeof Options>;

export const meta: RuleMeta = {
  id: 'quiz-truefalse-balance',
  severity: 'warning',
  description: {
    en: 'True/false answers are balanced in a bank: at most 70% one way once there are 4 or more (options minItems, maxShare)',
    zh: '同一题库的判断题答案要均衡：4 道及以上时，同一答案不超过 70%（选项 minItems、maxShare）',
  },
  fixable: false,
  options: Options,
};

const messages = {
  en: {
    unbalanced: (n: number, total: number, way: boolean, max: number) =>
      `${n} of the ${total} true/false answers in this bank are ${way}; at most ${Math.round(max * 100)}% one way, or answering "${way}" every time passes`,
  },
  zh: {
    unbalanced: (n: number, total: number, way: boolean, max: number) =>
      `本题库 ${total} 道判断题中有 ${n} 道答案为“${way ? '正确' : '错误'}”；同一答案最多占 ${Math.round(max * 100)}%，否则一律答“${way ? '正确' : '错误'}”也能及格`,
  },
};

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  const o = ctx.options as Options;
  for (const bank of banks(ctx)) {
    const tf = bank.filter((ref) => ref.entry.value.type === 'truefalse');
    if (tf.length < o.minItems) continue;
    const trues = tf.filter((ref) => ref.entry.value.type === 'truefalse' && ref.entry.value.answer).length;
    const way = trues * 2 > tf.length;
    const n = way ? trues : tf.length - trues;
    if (n / tf.length <= o.maxShare) continue;
    const first = tf.find((ref) => ref.entry.value.type === 'truefalse' && ref.entry.value.answer === way)!;
    ctx.report(reportAt(first, [...first.path, 'answer'], m.unbalanced(n, tf.length, way, o.maxShare)));
  }
}
