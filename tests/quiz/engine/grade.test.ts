import { describe, expect, it } from 'vitest';
import { correctResponse, grade } from '../../../src/quiz/engine/grade.js';
import type { Response } from '../../../src/quiz/engine/types.js';
import { ALL, match, multiple, numeric, order, single, truefalse } from '../questions.js';

describe('grade', () => {
  it.each<[string, Response, number, string, number[]]>([
    ['single right', { type: 'single', choice: 1 }, 1, 'right', []],
    ['single wrong keeps the pick for its why', { type: 'single', choice: 0 }, 0, 'wrong', [0]],
    ['single out of range', { type: 'single', choice: 9 }, 0, 'wrong', []],
  ])('%s', (_, response, points, verdict, wrongPicks) => {
    expect(grade(single, response)).toEqual({ points, verdict, wrongPicks });
  });

  it.each<[number[], number, string, number[]]>([
    [[0, 2], 1, 'right', []],
    [[2, 0], 1, 'right', []],
    [[0], 0.5, 'partial', []],
    [[0, 2, 1], 0.5, 'partial', [1]],
    [[0, 1], 0, 'wrong', [1]],
    [[0, 1, 3], 0, 'wrong', [1, 3]], // 1 - 2 = -1, floored at 0
    [[0, 1, 2, 3], 0, 'wrong', [1, 3]], // picking everything is not a free point
    [[], 0, 'wrong', []],
    [[0, 0, 2], 1, 'right', []], // a repeated pick counts once
  ])('multiple %j → %d', (choices, points, verdict, wrongPicks) => {
    expect(grade(multiple, { type: 'multiple', choices })).toEqual({ points, verdict, wrongPicks });
  });

  it('truefalse', () => {
    expect(grade(truefalse, { type: 'truefalse', value: true }).points).toBe(1);
    expect(grade(truefalse, { type: 'truefalse', value: false })).toEqual({ points: 0, verdict: 'wrong', wrongPicks: [] });
  });

  it.each<[number[], number, string]>([
    [[0, 1, 2, 3], 1, 'right'],
    [[1, 0, 2, 3], 0.666667, 'partial'], // (1,0) out of order; (0,2) and (2,3) in order
    [[0, 2, 1, 3], 0.666667, 'partial'],
    [[3, 0, 1, 2], 0.666667, 'partial'],
    [[0, 1, 3, 2], 0.666667, 'partial'],
    [[1, 0, 3, 2], 0.333333, 'partial'],
    [[3, 2, 1, 0], 0, 'wrong'],
    [[0, 1, 2], 0, 'wrong'], // not a whole arrangement
    [[0, 1, 1, 2], 0, 'wrong'],
  ])('order %j → %d', (arrangement, points, verdict) => {
    expect(grade(order, { type: 'order', order: arrangement })).toMatchObject({ points, verdict });
  });

  it.each<[number, number]>([
    [175e9, 1],
    [180e9, 1], // within 5%
    [166.25e9, 1], // exactly -5%
    [190e9, 0],
    [1.75e9, 0],
  ])('numeric %d → %d', (value, points) => {
    expect(grade(numeric, { type: 'numeric', value }).points).toBe(points);
  });

  it.each<[number[], number, string]>([
    [[0, 1, 2, 3], 1, 'right'],
    [[0, 1, 3, 2], 0.5, 'partial'],
    [[0, 0, 0, 0], 0.25, 'partial'],
    [[-1, 1, -1, -1], 0.25, 'partial'],
    [[1, 0, 3, 2], 0, 'wrong'],
  ])('match %j → %d', (pairs, points, verdict) => {
    expect(grade(match, { type: 'match', pairs })).toMatchObject({ points, verdict });
  });

  it('no answer, or an answer of another type, scores 0', () => {
    for (const q of ALL) {
      expect(grade(q, { type: 'none' })).toEqual({ points: 0, verdict: 'wrong', wrongPicks: [] });
      expect(grade(q, q.type === 'truefalse' ? { type: 'single', choice: 0 } : { type: 'truefalse', value: true }).points).toBe(0);
    }
  });

  it('the correct response of every type scores 1', () => {
    for (const q of ALL) expect(grade(q, correctResponse(q))).toEqual({ points: 1, verdict: 'right', wrongPicks: [] });
  });
});
