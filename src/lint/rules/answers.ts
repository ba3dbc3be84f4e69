/**
 * Answers that make sense for their question type (see the format's table),
 * and a quiz `pass` mark in (0, 1].
 */
import type { Localized, Question } from '../../course/schema.js';
import type { DataPath, YamlSource } from '../../course/yaml-source.js';
import type { RuleContext, RuleMeta } from '../rule.js';
import { normalizeForMatch } from '../markdown/plain-text.js';
import { yamlAt } from '../where.js';

export const meta: RuleMeta = {
  id: 'answers',
  severity: 'error',
  description: {
    en: 'Answers fit the question type: single 1 correct of 2+, multiple 1+ correct of 3+, order 3+ items, numeric finite, match 3+ distinct pairs, no duplicate texts; pass in (0, 1]',
    zh: '答案须符合题型：单选 2 个以上选项且恰有 1 个正确，多选 3 个以上选项且至少 1 个正确，排序 3 项以上，数值为有限数，配对 3 对以上且不重复，选项不重复；pass 在 (0, 1] 内',
  },
  fixable: false,
};

const messages = {
  en: {
    tooFew: (what: string, n: number, min: number) => `${n} ${what}; this question type needs ${min} or more`,
    correct: (n: number) => `${n} correct choices; a single-choice question needs exactly one`,
    noCorrect: 'no correct choice; a multiple-choice question needs at least one',
    duplicate: (what: string, text: string, lang: string) => `duplicate ${what} '${text}' (${lang})`,
    finite: (field: string) => `${field} must be a finite number`,
    pass: (value: number) => `pass is ${value}; it must be more than 0 and at most 1`,
    choices: 'choices',
    choice: 'choice',
    items: 'items',
    item: 'item',
    pairs: 'pairs',
    left: 'left side',
    right: 'right side',
  },
  zh: {
    tooFew: (what: string, n: number, min: number) => `只有 ${n} 个${what}；此题型至少需要 ${min} 个`,
    correct: (n: number) => `有 ${n} 个正确选项；单选题必须恰好有一个`,
    noCorrect: '没有正确选项；多选题至少需要一个',
    duplicate: (what: string, text: string, lang: string) => `${what}“${text}”重复（${lang}）`,
    finite: (field: string) => `${field} 必须是有限的数`,
    pass: (value: number) => `pass 为 ${value}；必须大于 0 且不超过 1`,
    choices: '选项',
    choice: '选项',
    items: '排序项',
    item: '排序项',
    pairs: '配对',
    left: '配对左侧',
    right: '配对右侧',
  },
};

type M = (typeof messages)['en'];

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  for (const { quiz, entry, path } of ctx.questions) checkQuestion(ctx, m, quiz.source, quiz.file, path, entry.value);
  for (const quiz of ctx.pack.quizzes) {
    const pass = quiz.header?.pass;
    if (pass !== undefined && !(pass > 0 && pass <= 1)) ctx.report({ file: quiz.file, position: yamlAt(quiz.source, ['pass']), message: m.pass(pass) });
  }
}

function checkQuestion(ctx: RuleContext, m: M, source: YamlSource | undefined, file: string, path: DataPath, q: Question): void {
  const report = (at: DataPath, message: string) => ctx.report({ file, position: yamlAt(source, at), message });
  const atLeast = (key: string, count: number, min: number, what: string) => {
    if (count < min) report([...path, key], m.tooFew(what, count, min));
  };
  /** Localised texts that must differ from each other, per language. */
  const distinct = (texts: Localized[], at: (i: number) => DataPath, what: string) => {
    const seen = new Map<string, Set<string>>();
    texts.forEach((text, i) => {
      const entries: [string, string, DataPath][] =
        typeof text === 'string' ? [[ctx.languages[0] ?? '', text, at(i)]] : Object.entries(text).map(([lang, t]) => [lang, t, [...at(i), lang]]);
      for (const [lang, t, where] of entries) {
        let set = seen.get(lang);
        if (!set) seen.set(lang, (set = new Set()));
        const key = normalizeForMatch(t);
        if (set.has(key)) report(where, m.duplicate(what, t, lang));
        else set.add(key);
      }
    });
  };

  switch (q.type) {
    case 'single':
    case 'multiple': {
      const correct = q.choices.filter((c) => c.correct === true).length;
      atLeast('choices', q.choices.length, q.type === 'single' ? 2 : 3, m.choices);
      if (q.type === 'single' && correct !== 1) report([...path, 'choices'], m.correct(correct));
      if (q.type === 'multiple' && correct < 1) report([...path, 'choices'], m.noCorrect);
      distinct(q.choices.map((c) => c.text), (i) => [...path, 'choices', i, 'text'], m.choice);
      return;
    }
    case 'order':
      atLeast('items', q.items.length, 3, m.items);
      distinct(q.items, (i) => [...path, 'items', i], m.item);
      return;
    case 'numeric':
      if (!Number.isFinite(q.answer)) report([...path, 'answer'], m.finite('answer'));
      if (q.tolerance !== undefined && !Number.isFinite(q.tolerance)) report([...path, 'tolerance'], m.finite('tolerance'));
      return;
    case 'match':
      atLeast('pairs', q.pairs.length, 3, m.pairs);
      distinct(q.pairs.map((p) => p.left), (i) => [...path, 'pairs', i, 'left'], m.left);
      distinct(q.pairs.map((p) => p.right), (i) => [...path, 'pairs', i, 'right'], m.right);
      return;
    case 'truefalse':
      return;
  }
}
