/**
 * From a graded answer to an FSRS rating, conservatively (FSRS counts Hard as
 * a pass): not fully right → Again; right → Good; right and marked easy by the
 * learner → Easy. The numbers are ts-fsrs's Rating values, so this module
 * does not load ts-fsrs.
 */
export const RATING = { again: 1, good: 3, easy: 4 } as const;
export type QuizRating = (typeof RATING)[keyof typeof RATING];

export function ratingFor(points: number, markedEasy = false): QuizRating {
  if (points < 1) return RATING.again;
  return markedEasy ? RATING.easy : RATING.good;
}
