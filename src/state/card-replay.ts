/**
 * Replaying a card's reviews one step at a time, as ts-fsrs's long-term
 * scheduler does (`fsrs({ enable_fuzz: false, enable_short_term: false })
 * .next(card, when, rating)`), with the library's own formulas (its
 * `next_state`, `forgetting_curve`, `next_interval` and date arithmetic)
 * but without the work `next` does for results we never read: each call
 * copies the card six times and builds the card and review log of all four
 * ratings. Over a 100 MB history (230,000 reviews) that was about 2 s of a
 * 4 s `stats`; this is about a fifth of it.
 *
 * What `next` adds around the formulas is its LongTermScheduler: a card
 * never reviewed starts from the first rating's stability and difficulty;
 * any later review is scheduled from the whole days since the last one (by
 * UTC date); the four ratings' intervals are kept in order (Again's at most
 * Hard's, then Hard, Good and Easy each at least a day more than the one
 * before); Again is a lapse except on a new card; every reviewed card is in
 * the Review state. `tests/state/card-replay.test.ts` checks this against
 * `next` over thousands of generated reviews, so a ts-fsrs release that
 * schedules differently fails there.
 */
import type { FSRS, FSRSState } from 'ts-fsrs';
import type { FsrsCard, Review } from './cards.js';

/** ts-fsrs's State values. */
const NEW = 0;
const REVIEW = 2;

/** What replaying needs from ts-fsrs: the scheduler (fuzz and short-term steps off) and its day arithmetic. */
export interface Fsrs {
  scheduler: Pick<FSRS, 'next_state' | 'forgetting_curve' | 'next_interval'>;
  dateDiffInDays: (last: Date, cur: Date) => number;
  date_scheduler: (now: Date, t: number, isDay?: boolean) => Date;
}

/**
 * Applies `reviews` in order to a saved card, or to a card never reviewed
 * (undefined: then there is at least one review). A review dated before the
 * card's last one (clock changes) is applied at that last time.
 */
export function replayReviews(fsrs: Fsrs, saved: FsrsCard | undefined, reviews: readonly Review[]): FsrsCard {
  const { scheduler } = fsrs;
  const card = saved ?? { due: reviews[0]!.t, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: NEW, last_review: reviews[0]!.t };
  let { due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state } = card;
  let last = saved ? new Date(saved.last_review) : undefined;
  for (const review of reviews) {
    const rating = review.rating === 4 ? 4 : review.rating === 3 ? 3 : review.rating === 2 ? 2 : 1;
    const now = last && review.t < last.getTime() ? last : new Date(review.t);
    const fresh = state === NEW;
    const elapsed = !fresh && last ? fsrs.dateDiffInDays(last, now) : 0;
    const memory = { difficulty, stability };
    const r = fresh ? undefined : scheduler.forgetting_curve(elapsed, stability);
    // Each rating's interval depends on those below it, and Again's on Hard's.
    const states: FSRSState[] = [];
    const intervals: number[] = [];
    for (let g = 1; g <= Math.max(rating, 2); g++) {
      states.push(scheduler.next_state(memory, elapsed, g, r));
      intervals.push(scheduler.next_interval(states[g - 1]!.stability, elapsed));
    }
    intervals[0] = Math.min(intervals[0]!, intervals[1]!);
    for (let g = 1; g < rating; g++) intervals[g] = Math.max(intervals[g]!, intervals[g - 1]! + 1);
    ({ stability, difficulty } = states[rating - 1]!);
    scheduled_days = intervals[rating - 1]!;
    due = fsrs.date_scheduler(now, scheduled_days, true).getTime();
    elapsed_days = elapsed;
    learning_steps = 0;
    reps++;
    if (rating === 1 && !fresh) lapses++;
    state = REVIEW;
    last = now;
  }
  return { due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review: last?.getTime() ?? card.last_review };
}
