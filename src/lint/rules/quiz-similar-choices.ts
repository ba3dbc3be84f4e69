/**
 * No two choices of a question that say nearly the same thing: equal once
 * case, spacing and punctuation are ignored, or a few edits apart. Exact
 * duplicates are the `answers` rule's; choices whose numbers differ are
 * deliberate (GPT-2 / GPT-3) and left alone.
 */
import { z } from 'zod';
import { editDistance } from '../../text/closest.js';
import { normalizeForMatch } from '../markdown/plain-text.js';
import type { RuleContext, RuleMeta } from '../rule.js';
import { fold, isChoice, langTexts, reportAt, type LangText } from '../quiz/texts.js';

export const Options = z.object({
  /** 1 − edit distance / longer length, at or above which two choices are near-duplicates. */
  similarity: z.number().gt(0).max(1).default(0.9),
});
type Options = z.infer<typeof Options>;

export const meta: RuleMeta = {
  id: 'quiz-similar-choices',
  severity: 'warning',
  description: {
    en: 'No two choices of a question that are near-duplicates: the same but for case, spacing or punctuation, or 90% alike (option similarity)',
    zh: '同一题的选项不能几乎相同：只差大小写、空白或标点，或相似度达 90%（选项 similarity）',
  },
  fixable: false,
  options: Options,
};

const messages = {
  en: { similar: (text: string, other: string) => `choice '${text}' is nearly the same as '${other}'` },
  zh: { similar: (text: string, other: string) => `选项“${text}”与“${other}”几乎相同` },
};

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  const o = ctx.options as Options;
  for (const ref of ctx.questions) {
    const q = ref.entry.value;
    if (!isChoice(q)) continue;
    for (const lang of ctx.languages) {
      const texts = q.choices.flatMap((c, i) => langTexts(c.text, ctx.languages, [...ref.path, 'choices', i, 'text']).filter((t) => t.lang === lang));
      texts.forEach((t, j) => {
        const earlier = texts.slice(0, j).find((e) => nearDuplicate(e, t, o.similarity));
        if (earlier) ctx.report(reportAt(ref, t.at, m.similar(t.text, earlier.text)));
      });
    }
  }
}

export function nearDuplicate(a: LangText, b: LangText, similarity: number): boolean {
  if (normalizeForMatch(a.text) === normalizeForMatch(b.text)) return false; // the answers rule reports it
  const fa = fold(a.text);
  const fb = fold(b.text);
  if (fa === fb) return true;
  if (digits(fa) !== digits(fb)) return false;
  const longer = Math.max(fa.length, fb.length);
  return longer > 0 && 1 - editDistance(fa, fb) / longer >= similarity;
}

const digits = (text: string) => text.replace(/\D+/g, ' ').trim();
