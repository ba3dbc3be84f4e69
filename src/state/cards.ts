/**
 * Spaced-repetition state, rebuilt from the history: each question key is an
 * FSRS card, and each answer a review with the rating it was saved with.
 * ts-fsrs is loaded only here, only when scheduling is needed (card-replay.ts
 * applies its formulas). A card can be carried on from a saved state with
 * the reviews after it (see history-index.ts): replaying is a pure function
 * of the card and the review.
 */
import { replayReviews } from './card-replay.js';
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

/** One review of a card: when (ms since the epoch) and the rating (1 Again, 2 Hard, 3 Good, 4 Easy). */
export interface Review {
  t: number;
  rating: number;
}

/** ts-fsrs's card, with its times as numbers (ms), so it can be saved as JSON and read back exactly. */
export interface FsrsCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: number;
}

/** Applies reviews, in the order given, to a card (undefined: a card never reviewed). */
export type Replay = (card: FsrsCard | undefined, reviews: readonly Review[]) => FsrsCard;

export async function loadReplay(): Promise<Replay> {
  const { fsrs, dateDiffInDays, date_scheduler } = await import('ts-fsrs');
  // No same-day learning steps: a quiz answer is a whole review, so a miss
  // comes back tomorrow and a right answer in days (retrying misses at once is
  // the end-of-quiz offer's job).
  const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });
  return (saved, reviews) => replayReviews({ scheduler, dateDiffInDays, date_scheduler }, saved, reviews);
}

/** Sorts reviews by time; equal times stay in log order. */
export function byTime(reviews: Review[]): Review[] {
  for (let i = 1; i < reviews.length; i++) if (reviews[i]!.t < reviews[i - 1]!.t) return reviews.sort((x, y) => x.t - y.t);
  return reviews;
}

export function cardState(key: string, card: FsrsCard): CardState {
  return { key, due: new Date(card.due), reps: card.reps, lapses: card.lapses, state: card.state, lastReview: new Date(card.last_review) };
}

/** The cards of every question answered at least once, replaying answers in time order. */
export async function cardsFrom(answers: readonly AnswerEvent[]): Promise<CardState[]> {
  const replay = await loadReplay();
  const byKey = new Map<string, Review[]>();
  for (const a of answers) {
    const review = { t: Date.parse(a.at), rating: a.rating };
    const list = byKey.get(a.key);
    if (list) list.push(review);
    else byKey.set(a.key, [review]);
  }
  return [...byKey].map(([key, reviews]) => cardState(key, replay(undefined, byTime(reviews))));
}

/** Cards due at `now`, most overdue first. */
export function dueCards(cards: readonly CardState[], now: Date): CardState[] {
  return cards.filter((c) => c.due.getTime() <= now.getTime()).sort((a, b) => a.due.getTime() - b.due.getTime() || a.key.localeCompare(b.key));
}
