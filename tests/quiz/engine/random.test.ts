import { describe, expect, it } from 'vitest';
import { permutation, randomBelow, seededRng, shuffle, type Rng } from '../../../src/quiz/engine/random.js';

/** Pearson's chi-square statistic of counts against a uniform expectation. */
function chiSquare(counts: number[], total: number): number {
  const expected = total / counts.length;
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}

const PERMS_OF_4 = 24;
// The 0.999 quantile of chi-square with 23 degrees of freedom is 49.73.
const CHI2_23_999 = 49.73;

function permutationCounts(shuffler: (items: number[], rng: Rng) => number[], draws: number): number[] {
  const counts = new Map<string, number>();
  const rng = seededRng('uniformity');
  for (let i = 0; i < draws; i++) {
    const key = shuffler([0, 1, 2, 3], rng).join('');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.values()];
}

describe('seeded randomness', () => {
  it('repeats exactly for a seed and differs between seeds', () => {
    const a = seededRng('42');
    const b = seededRng('42');
    const c = seededRng('43');
    const seqA = Array.from({ length: 8 }, () => a.next());
    expect(Array.from({ length: 8 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 8 }, () => c.next())).not.toEqual(seqA);
  });

  it('draws integers in range, each value reachable', () => {
    const rng = seededRng('range');
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      const x = randomBelow(rng, 7);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(7);
      seen.add(x);
    }
    expect(seen.size).toBe(7);
    expect(() => randomBelow(rng, 0)).toThrow(RangeError);
  });

  it('rejects draws that would bias the modulo', () => {
    // With n = 3·2^30, values from 3·2^30 up are rejected; a fake source shows the retry.
    const values = [2 ** 32 - 1, 5];
    const fake: Rng = { next: () => values.shift()! };
    expect(randomBelow(fake, 3 * 2 ** 30)).toBe(5);
  });

  it('shuffles without losing or inventing items, and leaves the input alone', () => {
    const input = ['a', 'b', 'c', 'd', 'e'];
    const out = shuffle(input, seededRng('x'));
    expect([...out].sort()).toEqual(input);
    expect(input).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(permutation(6, seededRng('y')).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('gives all 24 orders of 4 items equally often (chi-square)', () => {
    const draws = 48_000;
    const counts = permutationCounts(shuffle, draws);
    expect(counts).toHaveLength(PERMS_OF_4);
    expect(chiSquare(counts, draws)).toBeLessThan(CHI2_23_999);
  });

  it('the same check catches the classic biased shuffle (j drawn from the whole range)', () => {
    const biased = (items: number[], rng: Rng) => {
      const out = [...items];
      for (let i = 0; i < out.length; i++) {
        const j = randomBelow(rng, out.length);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    };
    const draws = 48_000;
    expect(chiSquare(permutationCounts(biased, draws), draws)).toBeGreaterThan(CHI2_23_999 * 4);
  });
});
