/**
 * No two choices of a question that say the same thing: equal once case,
 * spacing and punctuation are ignored (any language), or, in words written
 * with spaces, the same words but one spelt a letter differently
 * (modelling / modeling, colour / color). A distractor that differs in one
 * real word ("affects compute" / "affects prompts", 编码器 / 解码器) is
 * deliberate, and left alone; exact duplicates are the `answers` rule's.
 */
import * as z from 'zod';
import { editDistance } from '../../text/closest.js';
import { normalizeForMatch } from '../markdown/plain-text.js';
import type { RuleContext, RuleMeta } from '../rule.js';
import { fold, isChoice, langTexts, reportAt, type LangText } from '../quiz/texts.js';

export const Options = z.object({
  /** Two words this many letters apart (or fewer), each of 4 letters or more, count as one word spelt two ways. */
  spellingEdits: z.number().int().min(0).default(1),
});
type Options = z.infer<typeof Options>;

export const meta: RuleMeta = {
  id: 'quiz-similar-choices',
  severity: 'warning',
  description: {
    en: 'No two choices of a question that are near-duplicates: the same but for case, spacing or punctuation, or for one word spelt differently (option spellingEdits)',
    zh: '同一题的选项不能几乎相同：只差大小写、空白或标点，或只有一个词拼写略有不同（选项 spellingEdits）',
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
      const texts = q.choices.flatMap((c, i) => langTexts(c.text, ctx.languages, [...ref.path, 'choices', i, 'text']).filter((t) => t.lang === lang)).map(keysOf);
      texts.forEach((t, j) => {
        const earlier = texts.slice(0, j).find((e) => nearDuplicate(e, t, o.spellingEdits));
        if (earlier) ctx.report(reportAt(ref, t.at, m.similar(t.text, earlier.text)));
      });
    }
  }
}

interface Keyed extends LangText {
  /** As the answers rule compares (case and spacing ignored). */
  exact: string;
  /** Punctuation ignored too. */
  folded: string;
  /** The words, in text written with spaces between words. */
  words: string[] | undefined;
}

function keysOf(t: LangText): Keyed {
  return { ...t, exact: normalizeForMatch(t.text), folded: fold(t.text), words: words(t.text) };
}

export function nearDuplicate(a: Keyed, b: Keyed, spellingEdits: number): boolean {
  if (a.exact === b.exact) return false; // the answers rule reports it
  if (a.folded === b.folded) return true;
  const wa = a.words;
  const wb = b.words;
  if (wa === undefined || wb === undefined || wa.length !== wb.length) return false;
  let differ: [string, string] | undefined;
  for (let i = 0; i < wa.length; i++) {
    if (wa[i] === wb[i]) continue;
    if (differ) return false;
    differ = [wa[i]!, wb[i]!];
  }
  if (!differ) return false;
  const [x, y] = differ;
  return !/\d/.test(x + y) && Math.min(x.length, y.length) >= 4 && Math.abs(x.length - y.length) <= spellingEdits && editDistance(x, y) <= spellingEdits;
}

/** The words of a text written with spaces between words (none for Chinese or Japanese text). */
function words(text: string): string[] | undefined {
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text)) return undefined;
  return text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
