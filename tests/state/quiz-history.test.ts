import { describe, expect, it } from 'vitest';
import { accuracyBy, answersOf, attemptsOf, keepAfterReset, weakest } from '../../src/state/quiz-history.js';
import type { QuizEvent, RateEvent } from '../../src/state/quiz-events.js';
import { answerEvent, endEvent, startEvent } from './events.js';

const rate: RateEvent = { v: 1, kind: 'rate', id: 't1:r0', attempt: 't1', at: '2026-01-01T10:00:06Z', index: 0, key: 'q/basics-0', rating: 4 };

const events: QuizEvent[] = [
  startEvent('t1', '2026-01-01T10:00:00Z'),
  answerEvent('t1', 0, '2026-01-01T10:00:05Z'),
  rate,
  answerEvent('t1', 1, '2026-01-01T10:00:09Z', { points: 0, verdict: 'wrong', rating: 1, type: 'numeric' }),
  endEvent('t1', '2026-01-01T10:00:10Z', 1, 2),
  startEvent('t2', '2026-01-02T10:00:00Z', ['other']),
  answerEvent('t2', 0, '2026-01-02T10:00:05Z', { key: 'q/other-0', topic: 'other', points: 0.5, verdict: 'partial', rating: 1 }),
  answerEvent('t2', 1, '2026-01-02T10:00:07Z', { key: 'q/basics-1', points: 0, verdict: 'wrong', rating: 1 }),
];

describe('history', () => {
  it('groups events into attempts with their status and score', () => {
    const attempts = attemptsOf(events);
    expect(attempts.map((a) => [a.id, a.status, a.points, a.max, a.percent])).toEqual([
      ['t1', 'finished', 1, 2, 50],
      ['t2', 'stopped', 0.5, 2, 25],
    ]);
    expect(attempts[0]!.start?.plan[0]?.shown).toEqual([1, 0]);
  });

  it('applies a later easy mark to its answer', () => {
    const answers = answersOf(events);
    expect(answers).toHaveLength(4);
    expect(answers[0]!.rating).toBe(4);
    expect(answers[1]!.rating).toBe(1);
  });

  it('computes accuracy per topic and per type', () => {
    const answers = answersOf(events);
    expect(accuracyBy(answers, 'topic')).toEqual([
      { name: 'basics', answers: 3, percent: 33.3 },
      { name: 'other', answers: 1, percent: 50 },
    ]);
    expect(accuracyBy(answers, 'type').map((r) => r.name)).toEqual(['numeric', 'single']);
  });

  it('lists the weakest questions first, never ones always right', () => {
    expect(weakest(answersOf(events), 5).map((w) => [w.name, w.answers, w.percent])).toEqual([
      ['q/basics-1', 2, 0],
      ['q/other-0', 1, 50],
    ]);
  });

  it('reset of a topic drops its answers, ratings and attempts that were only about it', () => {
    const keep = keepAfterReset(events, 'other');
    const kept = events.filter((event) => keep({ raw: '', event })).map((e) => e.id);
    expect(kept).toEqual(['t1:start', 't1:a0', 't1:r0', 't1:a1', 't1:end', 't2:a1']);
    const keepNone = keepAfterReset(events, undefined);
    expect(events.filter((event) => keepNone({ raw: '', event }))).toEqual([]);
  });
});
