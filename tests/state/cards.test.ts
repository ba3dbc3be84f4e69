import { describe, expect, it } from 'vitest';
import { cardsFrom, dueCards } from '../../src/state/cards.js';
import { answerEvent } from './events.js';

const DAY = 86_400_000;

describe('cards', () => {
  it('a wrong answer is due again the next day; a right one days later', async () => {
    const cards = await cardsFrom([
      answerEvent('t1', 0, '2026-01-01T10:00:00Z', { key: 'q/wrong', points: 0, rating: 1 }),
      answerEvent('t1', 1, '2026-01-01T10:00:00Z', { key: 'q/right', rating: 3 }),
    ]);
    const wrong = cards.find((c) => c.key === 'q/wrong')!;
    const right = cards.find((c) => c.key === 'q/right')!;
    expect(wrong.due.getTime() - Date.parse('2026-01-01T10:00:00Z')).toBe(DAY);
    expect(right.due.getTime() - Date.parse('2026-01-01T10:00:00Z')).toBeGreaterThanOrEqual(2 * DAY);
    expect(dueCards(cards, new Date('2026-01-01T12:00:00Z'))).toEqual([]);
    expect(dueCards(cards, new Date('2026-01-02T10:30:00Z')).map((c) => c.key)).toEqual(['q/wrong']);
  });

  it('Easy schedules further out than Good, and replays reviews in time order', async () => {
    const good = await cardsFrom([
      answerEvent('a', 0, '2026-01-01T10:00:00Z', { key: 'k', rating: 3 }),
      answerEvent('b', 0, '2026-01-04T10:20:00Z', { key: 'k', rating: 3 }),
    ]);
    const easy = await cardsFrom([
      answerEvent('b', 0, '2026-01-04T10:20:00Z', { key: 'k', rating: 4 }), // out of order on purpose
      answerEvent('a', 0, '2026-01-01T10:00:00Z', { key: 'k', rating: 3 }),
    ]);
    expect(good[0]!.reps).toBe(2);
    expect(easy[0]!.due.getTime()).toBeGreaterThan(good[0]!.due.getTime());
    expect(good[0]!.due.getTime() - Date.parse('2026-01-04T10:20:00Z')).toBeGreaterThanOrEqual(7 * DAY);
  });

  it('lists due cards most overdue first', async () => {
    const cards = await cardsFrom([
      answerEvent('t', 0, '2026-01-01T10:00:00Z', { key: 'late', rating: 1 }),
      answerEvent('t', 1, '2026-01-03T10:00:00Z', { key: 'later', rating: 1 }),
      answerEvent('t', 2, '2026-01-03T10:00:00Z', { key: 'not-due', rating: 3 }),
    ]);
    expect(dueCards(cards, new Date('2026-01-04T11:00:00Z')).map((c) => c.key)).toEqual(['late', 'later']);
  });
});
