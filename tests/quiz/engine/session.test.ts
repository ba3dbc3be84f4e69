import { describe, expect, it } from 'vitest';
import { poolOf, planInOrder } from '../../../src/quiz/engine/select.js';
import { abandon, answer, back, canGoBack, current, isSecondChance, scoreSoFar, skip, start } from '../../../src/quiz/engine/session.js';
import { summarize } from '../../../src/quiz/engine/summary.js';
import { multiple, quizOf, single, truefalse } from '../questions.js';

const plan = planInOrder(poolOf([quizOf('q', 'basics', [single, multiple]), quizOf('r', 'other', [truefalse], 0.5)]), 's');

describe('session state machine', () => {
  it('asks each question in turn, grades it and times it', () => {
    let s = start(plan, 1000);
    expect(s.status).toBe('playing');
    expect(current(s)?.key).toBe('q/pick-one');
    s = answer(s, { type: 'single', choice: 1 }, 4000);
    expect(s.outcomes[0]).toMatchObject({ index: 0, key: 'q/pick-one', points: 1, verdict: 'right', ms: 3000 });
    expect(current(s)?.key).toBe('q/pick-many');
    s = answer(s, { type: 'multiple', choices: [0] }, 4500);
    expect(scoreSoFar(s)).toBe(1.5);
    s = answer(s, { type: 'truefalse', value: false }, 5000);
    expect(s.status).toBe('finished');
    expect(s.endedAt).toBe(5000);
    expect(current(s)).toBeUndefined();
    expect(() => answer(s, { type: 'none' }, 6000)).toThrow();
  });

  it('does not change the state it is given', () => {
    const s0 = start(plan, 0);
    answer(s0, { type: 'single', choice: 1 }, 10);
    expect(s0.outcomes).toEqual([]);
  });

  it('an abandoned attempt keeps its answers and stops asking', () => {
    let s = answer(start(plan, 0), { type: 'single', choice: 1 }, 10);
    s = abandon(s, 20);
    expect(s.status).toBe('abandoned');
    expect(current(s)).toBeUndefined();
    expect(s.outcomes).toHaveLength(1);
    expect(abandon(s, 30).endedAt).toBe(20);
  });

  it('an empty plan is finished at once', () => {
    expect(start({ seed: 'x', items: [] }, 5).status).toBe('finished');
  });
});

describe('summarize', () => {
  it('totals points, pass mark, topics, types and misses', () => {
    let s = start(plan, 0);
    s = answer(s, { type: 'single', choice: 1 }, 1000);
    s = answer(s, { type: 'multiple', choices: [0] }, 2000);
    s = answer(s, { type: 'truefalse', value: false }, 61_000);
    const sum = summarize(s);
    expect(sum).toMatchObject({ points: 1.5, max: 3, percent: 50, answered: 3, asked: 3, durationMs: 61_000 });
    expect(sum.pass).toBeCloseTo((0.7 + 0.7 + 0.5) / 3);
    expect(sum.passed).toBe(false);
    expect(sum.byTopic).toEqual([
      { topic: 'basics', points: 1.5, max: 2, percent: 75 },
      { topic: 'other', points: 0, max: 1, percent: 0 },
    ]);
    expect(sum.byType.map((t) => [t.type, t.points])).toEqual([['single', 1], ['multiple', 0.5], ['truefalse', 0]]);
    expect(sum.missed.map((m) => m.key)).toEqual(['q/pick-many', 'r/true-or-not']);
  });

  it('passes at exactly the pass mark', () => {
    const one = planInOrder(poolOf([quizOf('q', 't', [truefalse, single], 0.5)]), 's');
    let s = start(one, 0);
    s = answer(s, { type: 'truefalse', value: true }, 1);
    s = answer(s, { type: 'single', choice: 0 }, 2);
    expect(summarize(s)).toMatchObject({ percent: 50, pass: 0.5, passed: true });
  });

  it('an abandoned attempt is scored over what was answered', () => {
    const s = abandon(answer(start(plan, 0), { type: 'single', choice: 1 }, 10), 20);
    expect(summarize(s)).toMatchObject({ points: 1, max: 1, answered: 1, asked: 3 });
  });
});

describe('skip and back', () => {
  it('a skipped question comes back at the end; skipped again, it is scored as unanswered', () => {
    let s = start(plan, 0);
    s = skip(s, 10); // q/pick-one to the end
    expect(current(s)?.key).toBe('q/pick-many');
    expect(isSecondChance(s)).toBe(false);
    s = answer(s, { type: 'multiple', choices: [0, 2] }, 20);
    s = answer(s, { type: 'truefalse', value: true }, 30);
    expect(current(s)?.key).toBe('q/pick-one');
    expect(isSecondChance(s)).toBe(true);
    s = skip(s, 40);
    expect(s.status).toBe('finished');
    expect(s.outcomes.at(-1)).toMatchObject({ index: 0, key: 'q/pick-one', response: { type: 'none' }, points: 0, verdict: 'wrong' });
    const summary = summarize(s);
    expect(summary.max).toBe(3);
    expect(summary.missed.map((m) => m.key)).toEqual(['q/pick-one']);
  });

  it('back returns to the question skipped just before, and only to that', () => {
    let s = start(plan, 0);
    expect(canGoBack(s)).toBe(false);
    s = skip(s, 10);
    expect(canGoBack(s)).toBe(true);
    s = back(s, 20);
    expect(current(s)?.key).toBe('q/pick-one');
    expect(isSecondChance(s)).toBe(false); // back undid the skip
    s = answer(s, { type: 'single', choice: 1 }, 30);
    expect(canGoBack(s)).toBe(false); // the one before is answered: final
    expect(back(s, 40)).toBe(s);
    s = answer(s, { type: 'multiple', choices: [0, 2] }, 50);
    s = answer(s, { type: 'truefalse', value: true }, 60);
    expect(s.status).toBe('finished');
    expect(s.outcomes.map((o) => o.index)).toEqual([0, 1, 2]);
  });

  it('an abandoned attempt with a skipped question counts what was answered', () => {
    let s = start(plan, 0);
    s = skip(s, 10);
    s = answer(s, { type: 'multiple', choices: [0, 2] }, 20);
    const summary = summarize(abandon(s, 30));
    expect(summary).toMatchObject({ answered: 1, max: 1, points: 1 });
  });
});
