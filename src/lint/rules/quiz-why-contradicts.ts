/**
 * Feedback that agrees with the key, where the feedback says which way it
 * goes: a correct choice's `why` that opens with "Wrong."/"错误。", a wrong
 * choice's that opens with "Correct."/"正确。", a true/false `explain` that
 * opens with the opposite verdict. Either the key or the feedback is wrong.
 */
import * as z from 'zod';
import type { RuleContext, RuleMeta } from '../rule.js';
import { forLang, isChoice, langTexts, reportAt, type LangText } from '../quiz/texts.js';

const Verdicts = z.object({ yes: z.array(z.string()), no: z.array(z.string()) });

export const Options = z.object({
  /** Opening words that say right/true (`yes`) or wrong/false (`no`), by language; they count when punctuation follows them. */
  verdicts: z.record(z.string(), Verdicts).default({
    en: { yes: ['correct', 'right', 'true', 'yes', 'exactly', "that's right", 'that is right', 'indeed'], no: ['incorrect', 'wrong', 'false', 'no', 'not quite', 'not true', 'not so'] },
    zh: { yes: ['正确', '对', '对的', '没错', '是的', '说得对'], no: ['错误', '错', '错了', '不对', '不正确', '不是', '并非如此'] },
  }),
});
type Options = z.infer<typeof Options>;

export const meta: RuleMeta = {
  id: 'quiz-why-contradicts',
  severity: 'warning',
  description: {
    en: "Feedback agrees with the key: no correct choice's why opening 'Wrong.', no wrong choice's opening 'Correct.', no true/false explain opening with the other verdict (option verdicts)",
    zh: '反馈与答案一致：正确选项的 why 不以“错误。”开头，错误选项的 why 不以“正确。”开头，判断题的 explain 不以相反结论开头（选项 verdicts）',
  },
  fixable: false,
  options: Options,
};

const messages = {
  en: {
    choice: (key: boolean, verdict: string) => `this choice is marked ${key ? 'correct' : 'wrong'}, but its feedback opens with '${verdict}'`,
    explain: (key: boolean, verdict: string) => `the answer is ${key}, but the explanation opens with '${verdict}'`,
  },
  zh: {
    choice: (key: boolean, verdict: string) => `此选项标为${key ? '正确' : '错误'}，反馈却以“${verdict}”开头`,
    explain: (key: boolean, verdict: string) => `答案为${key ? '正确' : '错误'}，解析却以“${verdict}”开头`,
  },
};

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  const o = ctx.options as Options;
  for (const ref of ctx.questions) {
    const q = ref.entry.value;
    if (q.type === 'truefalse') {
      for (const t of langTexts(q.explain, ctx.languages, [...ref.path, 'explain'])) {
        const said = verdictOf(t, o);
        if (said && said.yes !== q.answer) ctx.report(reportAt(ref, t.at, m.explain(q.answer, said.word)));
      }
    } else if (isChoice(q)) {
      q.choices.forEach((c, i) => {
        for (const t of langTexts(c.why, ctx.languages, [...ref.path, 'choices', i, 'why'])) {
          const said = verdictOf(t, o);
          const key = c.correct === true;
          if (said && said.yes !== key) ctx.report(reportAt(ref, t.at, m.choice(key, said.word)));
        }
      });
    }
  }
}

/** The verdict the text opens with: a listed word followed by punctuation (or nothing). */
export function verdictOf(t: LangText, o: Options): { yes: boolean; word: string } | undefined {
  const table = forLang(o.verdicts, t.lang);
  if (!table) return undefined;
  const text = t.text.trim().normalize('NFKC').toLowerCase();
  const opens = (word: string) => text.startsWith(word.toLowerCase()) && /^(?:$|\s*\p{P})/u.test(text.slice(word.length));
  // The longest listed word wins: 'not quite' before 'no', 不对 before 不是.
  const words = [...table.yes.map((w) => ({ w, yes: true })), ...table.no.map((w) => ({ w, yes: false }))].sort((a, b) => b.w.length - a.w.length);
  const hit = words.find(({ w }) => opens(w));
  return hit ? { yes: hit.yes, word: t.text.trim().slice(0, hit.w.length) } : undefined;
}
