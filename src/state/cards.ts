/**
 * Spaced-repetition state, rebuilt from the history: each question key is an
 * FSRS card, and each answer a review with the rating it was saved with.
 * ts-fsrs is loaded only here, only when scheduling is needed.
 */
import type { AnswerEvent } from './quiz-events.js';

export interface CardState {
  key: string;
  due: Date;
  reps: number;
  lapses: number;
  /** FSRS state: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  lastReview: Date;
}

/** The cards of every question answered at least once, replaying answers in time order. */
export async function cardsFrom(answers: readonly AnswerEvent[]): Promise<CardState[]> {
  const { fsrs, createEmptyCard } = await import('ts-fsrs');
  // No same-day learning steps: a quiz answer is a whole review, so a miss
  // comes back tomorrow and a right answer in days (retrying misses at once is
  // the end-of-quiz offer's job).
  const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });
  const byKey = new Map<string, AnswerEvent[]>();
  for (const a of answers) {
    const list = byKey.get(a.key);
    if (list) list.push(a);
    else byKey.set(a.key, [a]);
  }
  const cards: CardState[] = [];
  for (const [key, list] of byKey) {
    // Parsed once each (not twice per comparison); a stable sort keeps equal times in log order.
    const reviews = list.map((a) => ({ a, t: Date.parse(a.at) })).sort((x, y) => x.t - y.t).map((r) => r.a);
    let card = createEmptyCard(new Date(reviews[0]!.at));
    for (const review of reviews) {
      const rating = review.rating === 4 ? 4 : review.rating === 3 ? 3 : review.rating === 2 ? 2 : 1;
      const at = new Date(review.at);
      // A review dated before the card's last one (clock changes) is applied at that last time.
      const when = card.last_review && at < card.last_review ? card.last_review : at;
      card = scheduler.next(card, when, rating).card;
    }
    cards.push({ key, due: card.due, reps: card.reps, lapses: card.lapses, state: card.state, lastReview: card.last_review ?? new Date(reviews[0]!.at) });
  }
  return cards;
}

/** Cards due at `now`, most overdue first. */
export function dueCards(cards: readonly CardState[], now: Date): CardState[] {
  return cards.filter((c) => c.due.getTime() <= now.getTime()).sort((a, b) => a.due.getTime() - b.due.getTime() || a.key.localeCompare(b.key));
}
