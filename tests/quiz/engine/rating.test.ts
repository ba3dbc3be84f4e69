import { describe, expect, it } from 'vitest';
import { RATING, ratingFor } from '../../../src/quiz/engine/rating.js';

describe('ratingFor', () => {
  it.each([
    [0, false, RATING.again],
    [0.5, false, RATING.again],
    [0.99, true, RATING.again], // marking easy does not rescue a partial answer
    [1, false, RATING.good],
    [1, true, RATING.easy],
  ])('points %d, easy %s', (points, easy, rating) => {
    expect(ratingFor(points, easy)).toBe(rating);
  });

  it('uses the ts-fsrs rating numbers', async () => {
    const { Rating } = await import('ts-fsrs');
    expect([RATING.again, RATING.good, RATING.easy]).toEqual([Rating.Again, Rating.Good, Rating.Easy]);
  });
});
