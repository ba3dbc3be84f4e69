/**
 * Choosing what to ask: the pool of questions for a target (a quiz, a topic
 * or everything), a seeded draw of N of them, and the order each question's
 * choices are shown in. The plan is all an attempt needs to be replayed.
 */
import type { Question, Quiz } from '../../course/schema.js';
import { permutation, seededRng, shuffle, type Rng } from './random.js';
import type { Plan, PlanItem } from './types.js';

export type PoolItem = Omit<PlanItem, 'shown'>;

export function questionKey(quizId: string, questionId: string): string {
  return `${quizId}/${questionId}`;
}

/** Every question of the given quizzes, in pack order. */
export function poolOf(quizzes: readonly Quiz[]): PoolItem[] {
  return quizzes.flatMap((quiz) =>
    quiz.questions.map((question) => ({
      key: questionKey(quiz.id, question.id),
      quizId: quiz.id,
      topic: quiz.topic,
      pass: quiz.pass,
      question,
    })),
  );
}

/** A seeded draw of `count` questions (all when absent or larger), each with its shown order. */
export function planAttempt(pool: readonly PoolItem[], seed: string, count?: number): Plan {
  const rng = seededRng(seed);
  const drawn = shuffle(pool, rng).slice(0, count ?? pool.length);
  return { seed, items: drawn.map((item) => ({ ...item, shown: shownOrder(item.question, rng) })) };
}

/** A plan that keeps the given question order (review: most overdue first) and shuffles only the choices. */
export function planInOrder(items: readonly PoolItem[], seed: string): Plan {
  const rng = seededRng(seed);
  return { seed, items: items.map((item) => ({ ...item, shown: shownOrder(item.question, rng) })) };
}

/**
 * The order the parts of a question are shown in. An order question never
 * starts already solved (when it has two or more items).
 */
export function shownOrder(question: Question, rng: Rng): number[] | undefined {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return permutation(question.choices.length, rng);
    case 'match':
      return permutation(question.pairs.length, rng);
    case 'order': {
      const n = question.items.length;
      let order = permutation(n, rng);
      for (let tries = 0; n > 1 && tries < 50 && order.every((v, i) => v === i); tries++) order = permutation(n, rng);
      return order;
    }
    case 'truefalse':
    case 'numeric':
      return undefined;
  }
}
