import { describe, expect, it } from 'vitest';
import { planAttempt, planInOrder, poolOf, shownOrder } from '../../../src/quiz/engine/select.js';
import { seededRng } from '../../../src/quiz/engine/random.js';
import { ALL, order, quizOf, single, truefalse } from '../questions.js';

const quizA = quizOf('quiz-a', 'topic-a', ALL, 0.6);
const quizB = quizOf('quiz-b', 'topic-b', [single, truefalse], 0.8);

describe('poolOf', () => {
  it('keys every question by quiz and id, with its topic and pass mark', () => {
    const pool = poolOf([quizA, quizB]);
    expect(pool.map((p) => p.key)).toEqual([
      'quiz-a/pick-one', 'quiz-a/pick-many', 'quiz-a/true-or-not', 'quiz-a/in-order', 'quiz-a/how-many', 'quiz-a/pair-up',
      'quiz-b/pick-one', 'quiz-b/true-or-not',
    ]);
    expect(pool[7]).toMatchObject({ quizId: 'quiz-b', topic: 'topic-b', pass: 0.8 });
  });
});

describe('planAttempt', () => {
  const pool = poolOf([quizA, quizB]);

  it('repeats exactly for the same seed', () => {
    expect(planAttempt(pool, 'seed-1', 5)).toEqual(planAttempt(pool, 'seed-1', 5));
  });

  it('differs for another seed', () => {
    const keys = (seed: string) => planAttempt(pool, seed).items.map((i) => i.key).join();
    expect(new Set(['1', '2', '3', '4'].map(keys)).size).toBeGreaterThan(1);
  });

  it('draws N distinct questions, or all when N is larger', () => {
    const five = planAttempt(pool, 's', 5);
    expect(five.seed).toBe('s');
    expect(new Set(five.items.map((i) => i.key)).size).toBe(5);
    expect(planAttempt(pool, 's', 99).items).toHaveLength(pool.length);
  });

  it('records a shown order for the types that have one', () => {
    for (const item of planAttempt(pool, 'shown').items) {
      const q = item.question;
      const n = q.type === 'single' || q.type === 'multiple' ? q.choices.length : q.type === 'order' ? q.items.length : q.type === 'match' ? q.pairs.length : 0;
      if (n === 0) expect(item.shown).toBeUndefined();
      else expect([...item.shown!].sort()).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });

  it('never starts an order question already solved', () => {
    const two = { ...order, items: order.items.slice(0, 2) };
    for (let s = 0; s < 200; s++) expect(shownOrder(two, seededRng(String(s)))).toEqual([1, 0]);
  });

  it('planInOrder keeps the question order', () => {
    const plan = planInOrder(pool, 'r');
    expect(plan.items.map((i) => i.key)).toEqual(pool.map((p) => p.key));
  });
});
