/**
 * A question in the learner's language, every string passed through
 * sanitize(): what renderers and prompts see. Indices stay the pack's
 * original ones; `shown` says in which order to present them.
 */
import { allTexts, localize } from '../../course/localized.js';
import type { Localized, Question, QuestionType } from '../../course/schema.js';
import { sanitize } from '../../text/sanitize.js';
import type { PlanItem } from '../engine/types.js';

export interface ChoiceView {
  text: string;
  correct: boolean;
  why: string | undefined;
}

export interface QuestionView {
  key: string;
  id: string;
  type: QuestionType;
  topic: string;
  prompt: string;
  explain: string;
  ref: string;
  /** single, multiple */
  choices: ChoiceView[];
  /** order: the items in the right order */
  items: string[];
  /** match */
  pairs: { left: string; right: string }[];
  /** truefalse */
  truth: boolean | undefined;
  /** numeric */
  answer: number | undefined;
  unit: string | undefined;
  /** numeric: the unit in every language, which a typed answer may end with */
  unitTexts: string[];
  /** Original indices in the order to show them (identity when absent). */
  shown: number[];
}

export function viewOf(item: PlanItem, lang: string, fallbacks: readonly string[]): QuestionView {
  const q: Question = item.question;
  const text = (value: Localized) => sanitize(localize(value, lang, fallbacks));
  const count = q.type === 'single' || q.type === 'multiple' ? q.choices.length : q.type === 'order' ? q.items.length : q.type === 'match' ? q.pairs.length : 0;
  return {
    key: item.key,
    id: q.id,
    type: q.type,
    topic: item.topic,
    prompt: text(q.prompt),
    explain: text(q.explain),
    ref: sanitize(q.ref),
    choices:
      q.type === 'single' || q.type === 'multiple'
        ? q.choices.map((c) => ({ text: text(c.text), correct: c.correct === true, why: c.why === undefined ? undefined : text(c.why) }))
        : [],
    items: q.type === 'order' ? q.items.map(text) : [],
    pairs: q.type === 'match' ? q.pairs.map((p) => ({ left: text(p.left), right: text(p.right) })) : [],
    truth: q.type === 'truefalse' ? q.answer : undefined,
    answer: q.type === 'numeric' ? q.answer : undefined,
    unit: q.type === 'numeric' && q.unit !== undefined ? text(q.unit) : undefined,
    unitTexts: q.type === 'numeric' ? allTexts(q.unit).map(sanitize) : [],
    shown: item.shown ?? Array.from({ length: count }, (_, i) => i),
  };
}
