import { describe, expect, test } from 'vitest';
import { applyTemperature, applyTopK, sample, topIds } from '../../src/lab/sampling.js';
import { seededRng } from '../../src/quiz/engine/random.js';

const p = [0.5, 0.3, 0.2];

describe('temperature and top-k', () => {
  test('T = 1 leaves the distribution; T = 0.5 squares it and renormalises; T = 2 takes square roots', () => {
    expect(Array.from(applyTemperature(p, 1))).toEqual(p.map((x) => expect.closeTo(x, 12)));
    const sq = p.map((x) => x * x);
    expect(Array.from(applyTemperature(p, 0.5))).toEqual(sq.map((x) => expect.closeTo(x / 0.38, 12)));
    const root = p.map(Math.sqrt);
    const sum = root.reduce((a, b) => a + b, 0);
    expect(Array.from(applyTemperature(p, 2))).toEqual(root.map((x) => expect.closeTo(x / sum, 12)));
  });

  test('zero probabilities stay zero at any temperature', () => {
    expect(applyTemperature([0, 1], 3)[0]).toBe(0);
  });

  test('top-k keeps the k most likely, renormalised; ties go to the lower id', () => {
    expect(Array.from(applyTopK(p, 2))).toEqual([expect.closeTo(0.625, 12), expect.closeTo(0.375, 12), 0]);
    expect(Array.from(applyTopK(p, 0))).toEqual(p);
    expect(topIds([0.25, 0.5, 0.25], 2)).toEqual([1, 0]);
  });

  test('a temperature of 0 or below is refused', () => {
    expect(() => applyTemperature(p, 0)).toThrow(RangeError);
  });
});

describe('seeded sampling', () => {
  test('the same seed draws the same sequence; another seed another one', () => {
    const draw = (seed: string) => {
      const rng = seededRng(seed);
      return Array.from({ length: 50 }, () => sample(p, rng));
    };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
  });

  test('frequencies over 20,000 seeded draws match the distribution within 1.5 points', () => {
    const rng = seededRng('frequencies');
    const counts = [0, 0, 0];
    for (let i = 0; i < 20_000; i++) counts[sample(p, rng)]!++;
    counts.forEach((c, i) => expect(Math.abs(c / 20_000 - p[i]!)).toBeLessThan(0.015));
  });

  test('a token with probability 0 is never drawn', () => {
    const rng = seededRng('zero');
    for (let i = 0; i < 2000; i++) expect(sample([0.5, 0, 0.5], rng)).not.toBe(1);
  });
});
