/**
 * A simulated class for `lm-quiz analyze`: learners of varying skill (a
 * seeded normal ability), each answering every question of the analysis
 * pack as an item-response model says (knows it with probability
 * 1 / (1 + e^(−a(θ − b))), else guesses among the wrong choices), graded by
 * the quiz's own grader and written as `--json` results.
 */
import { join } from 'node:path';
import { Course } from '../../../src/course/course.js';
import type { Question } from '../../../src/course/schema.js';
import { questionHash } from '../../../src/quiz/analysis/question-hash.js';
import { grade } from '../../../src/quiz/engine/grade.js';
import { seededRng, type Rng } from '../../../src/quiz/engine/random.js';

export const ANALYSIS_PACK = join(import.meta.dirname, '..', '..', 'fixtures', 'analysis-pack');

interface ItemModel {
  /** The choice a learner who knows picks (differs from the key on the miskeyed item). */
  truth: number;
  /** Difficulty and discrimination of the response model. */
  b: number;
  a: number;
  /** Wrong choices no one guesses. */
  never?: number[];
}

/** The planted items: everyone knows easy-one; miskeyed's key is wrong; dead-distractor's choice 3 is never guessed. */
export const MODELS: Record<string, ItemModel> = {
  'tokens-unit': { truth: 0, b: -1.2, a: 1.6 },
  'what-assigned': { truth: 0, b: -0.6, a: 1.8 },
  'split-first': { truth: 0, b: 0, a: 1.5 },
  'probability-use': { truth: 0, b: 0.4, a: 1.7 },
  'token-count': { truth: 0, b: 0.9, a: 1.5 },
  'model-input': { truth: 0, b: -0.2, a: 2 },
  'easy-one': { truth: 0, b: -9, a: 1.5 },
  miskeyed: { truth: 0, b: -0.3, a: 1.8 },
  'dead-distractor': { truth: 0, b: 0.2, a: 1.6, never: [3] },
};

export function packQuestions(root = ANALYSIS_PACK): Question[] {
  return Course.open(root).quizzes().flatMap((q) => q.questions);
}

const uniform = (rng: Rng) => (rng.next() + 0.5) / 2 ** 32;

function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(uniform(rng))) * Math.cos(2 * Math.PI * uniform(rng));
}

/** `size` results (`lm-quiz-result/1` objects), one per learner. */
export function simulateClass(size: number, seed: string, questions = packQuestions()): object[] {
  const rng = seededRng(seed);
  return Array.from({ length: size }, () => {
    const theta = normal(rng);
    return {
      format: 'lm-quiz-result/1',
      questions: questions.map((q) => {
        if (q.type !== 'single') throw new Error('the analysis pack has single-choice questions only');
        const m = MODELS[q.id]!;
        const knows = uniform(rng) < 1 / (1 + Math.exp(-m.a * (theta - m.b)));
        const wrong = q.choices.map((_, i) => i).filter((i) => i !== m.truth && !m.never?.includes(i));
        const choice = knows ? m.truth : wrong[Math.floor(uniform(rng) * wrong.length)]!;
        const { points, verdict } = grade(q, { type: 'single', choice });
        return { id: q.id, quiz: 'basics', type: q.type, points, verdict, answer: choice, hash: questionHash(q) };
      }),
    };
  });
}
