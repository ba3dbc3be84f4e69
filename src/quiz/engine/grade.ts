/**
 * Grading, exactly as the pack format's table says. Every question is worth
 * one point:
 *   single     1 if the picked choice is correct, else 0
 *   multiple   (right picks − wrong picks) / number of correct choices, floored at 0
 *   truefalse  1 or 0
 *   order      the fraction of adjacent pairs in the learner's order whose two
 *              items are in the right order relative to each other
 *   numeric    1 if within the relative tolerance of the answer, else 0
 *   match      the fraction of left items paired with their own right item
 * A response of another type, or none, scores 0.
 */
import type { Question } from '../../course/schema.js';
import { withinTolerance } from './numeric.js';
import type { Grade, Response, Verdict } from './types.js';

export function grade(question: Question, response: Response): Grade {
  const wrong: Grade = { points: 0, verdict: 'wrong', wrongPicks: [] };
  switch (question.type) {
    case 'single': {
      if (response.type !== 'single') return wrong;
      const picked = question.choices[response.choice];
      if (picked?.correct === true) return scored(1, []);
      return { ...wrong, wrongPicks: picked ? [response.choice] : [] };
    }
    case 'multiple': {
      if (response.type !== 'multiple') return wrong;
      const picks = [...new Set(response.choices)].filter((i) => question.choices[i] !== undefined);
      const correctCount = question.choices.filter((c) => c.correct === true).length;
      const right = picks.filter((i) => question.choices[i]!.correct === true).length;
      const wrongPicks = picks.filter((i) => question.choices[i]!.correct !== true);
      const points = correctCount === 0 ? 0 : Math.max(0, (right - wrongPicks.length) / correctCount);
      return scored(points, wrongPicks);
    }
    case 'truefalse':
      return response.type === 'truefalse' && response.value === question.answer ? scored(1, []) : wrong;
    case 'order': {
      if (response.type !== 'order' || !isPermutation(response.order, question.items.length)) return wrong;
      const pairs = question.items.length - 1;
      let inOrder = 0;
      for (let i = 0; i < pairs; i++) if (response.order[i]! < response.order[i + 1]!) inOrder++;
      return scored(pairs === 0 ? 1 : inOrder / pairs, []);
    }
    case 'numeric':
      return response.type === 'numeric' && withinTolerance(response.value, question.answer, question.tolerance ?? 0)
        ? scored(1, [])
        : wrong;
    case 'match': {
      if (response.type !== 'match' || question.pairs.length === 0) return wrong;
      const matched = question.pairs.filter((_, left) => response.pairs[left] === left).length;
      return scored(matched / question.pairs.length, []);
    }
  }
}

function scored(points: number, wrongPicks: number[]): Grade {
  const rounded = Math.round(points * 1e6) / 1e6;
  return { points: rounded, verdict: verdictOf(rounded), wrongPicks };
}

export function verdictOf(points: number): Verdict {
  if (points >= 1) return 'right';
  return points > 0 ? 'partial' : 'wrong';
}

export function isPermutation(order: readonly number[], n: number): boolean {
  if (order.length !== n) return false;
  const seen = new Set(order);
  return seen.size === n && order.every((i) => Number.isInteger(i) && i >= 0 && i < n);
}

/** The right answer as a Response, for feedback, JSON results and tests. */
export function correctResponse(question: Question): Response {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: Math.max(0, question.choices.findIndex((c) => c.correct === true)) };
    case 'multiple':
      return { type: 'multiple', choices: question.choices.flatMap((c, i) => (c.correct === true ? [i] : [])) };
    case 'truefalse':
      return { type: 'truefalse', value: question.answer };
    case 'order':
      return { type: 'order', order: question.items.map((_, i) => i) };
    case 'numeric':
      return { type: 'numeric', value: question.answer };
    case 'match':
      return { type: 'match', pairs: question.pairs.map((_, i) => i) };
  }
}
