/**
 * No "all of the above" / "none of the above" choice (以上都是, 以上都不是):
 * the choices are shuffled, so "above" means nothing, and a learner who spots
 * two right choices gets the question without knowing the third.
 */
import * as z from 'zod';
import type { RuleContext, RuleMeta } from '../rule.js';
import { forLang, isChoice, langTexts, reportAt } from '../quiz/texts.js';

export const Options = z.object({
  /** Regular expressions (case ignored), by language. */
  patterns: z.record(z.string(), z.array(z.string())).default({
    en: ['\\b(all|none|both|neither) of (the )?(above|these|the others|the options|the choices)\\b', '\\ball the above\\b', '^(all|none) are (correct|right|true)\\b'],
    zh: ['以上(选项)?(都|皆|全|均|全部)(是|对|正确|不是|不对|不正确|错误|非)', '以上(全部|皆非|皆是)', '^(都|全都|均)(对|不对|正确|不正确)', '^(上述|前述)(都|皆|均)'],
  }),
});
type Options = z.infer<typeof Options>;

export const meta: RuleMeta = {
  id: 'quiz-above-choice',
  severity: 'warning',
  description: {
    en: 'No "all of the above" or "none of the above" choice: choices are shuffled, and it can be got right by partial knowledge (option patterns)',
    zh: '不用“以上都是”“以上都不是”这类选项：选项会被打乱，而且只懂一部分也能答对（选项 patterns）',
  },
  fixable: false,
  options: Options,
};

const messages = {
  en: { above: (text: string) => `'${text}' refers to the other choices, which are shown shuffled; write each choice to stand on its own` },
  zh: { above: (text: string) => `“${text}”指向其他选项，而选项会被打乱；每个选项都应能独立成立` },
};

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  const o = ctx.options as Options;
  const compiled = new Map<string, RegExp[]>();
  const patterns = (lang: string) => {
    let list = compiled.get(lang);
    if (!list) compiled.set(lang, (list = (forLang(o.patterns, lang) ?? []).map((p) => new RegExp(p, 'iu'))));
    return list;
  };
  for (const ref of ctx.questions) {
    const q = ref.entry.value;
    if (!isChoice(q)) continue;
    q.choices.forEach((c, i) => {
      for (const t of langTexts(c.text, ctx.languages, [...ref.path, 'choices', i, 'text'])) {
        if (patterns(t.lang).some((re) => re.test(t.text.trim()))) ctx.report(reportAt(ref, t.at, m.above(t.text.trim())));
      }
    });
  }
}
