/** A response, or the right answer, in words: what the feedback and the summary print. */
import type { QuizMessages } from '../../i18n/quiz.js';
import type { Response } from '../engine/types.js';
import { spellNumber } from './numbers.js';
import type { QuestionView } from './question-view.js';

/** One line per part of the answer (several for order and match). */
export function answerLines(view: QuestionView, response: Response, t: QuizMessages, lang: string): string[] {
  switch (response.type) {
    case 'none':
      return [t.noAnswer];
    case 'single':
      return [view.choices[response.choice]?.text ?? t.noAnswer];
    case 'multiple':
      return response.choices.length === 0 ? [t.noAnswer] : response.choices.map((i) => view.choices[i]?.text ?? '?');
    case 'truefalse':
      return [response.value ? t.trueWord : t.falseWord];
    case 'numeric':
      return [`${spellNumber(response.value, lang)}${view.unit ? ` ${view.unit}` : ''}`];
    case 'order':
      return response.order.map((i, n) => `${n + 1}. ${view.items[i] ?? '?'}`);
    case 'match':
      return view.pairs.map((p, left) => `${p.left} → ${view.pairs[response.pairs[left] ?? -1]?.right ?? t.noAnswer}`);
  }
}

/** The right answer, from the view (whose question it mirrors). */
export function correctLines(view: QuestionView, t: QuizMessages, lang: string): string[] {
  return answerLines(view, correctOf(view), t, lang);
}

function correctOf(view: QuestionView): Response {
  switch (view.type) {
    case 'single':
      return { type: 'single', choice: Math.max(0, view.choices.findIndex((c) => c.correct)) };
    case 'multiple':
      return { type: 'multiple', choices: view.choices.flatMap((c, i) => (c.correct ? [i] : [])) };
    case 'truefalse':
      return { type: 'truefalse', value: view.truth === true };
    case 'numeric':
      return { type: 'numeric', value: view.answer ?? 0 };
    case 'order':
      return { type: 'order', order: view.items.map((_, i) => i) };
    case 'match':
      return { type: 'match', pairs: view.pairs.map((_, i) => i) };
  }
}
