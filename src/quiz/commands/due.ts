/** The questions due for review now, most overdue first (keys of any pack). */
import { cardsFrom, dueCards, type CardState } from '../../state/cards.js';
import { answersOf } from '../../state/quiz-history.js';
import type { QuizEvent } from '../../state/quiz-events.js';
import type { QuizSetup } from './setup.js';

export async function dueNow(s: QuizSetup, events: readonly QuizEvent[]): Promise<CardState[]> {
  const answers = answersOf(events);
  if (answers.length === 0) return [];
  return dueCards(await cardsFrom(answers), s.io.now());
}
