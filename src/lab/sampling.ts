/**
 * How a model writes: its next-token distribution reshaped by temperature
 * (probabilities raised to 1/T and renormalised: T < 1 sharpens, T > 1
 * flattens) and top-k (only the k most likely tokens kept), then one token
 * drawn with a seeded generator so a run can be repeated exactly.
 */
import { type Rng } from '../quiz/engine/random.js';

export function applyTemperature(p: ArrayLike<number>, temperature: number): Float64Array {
  if (!(temperature > 0)) throw new RangeError('temperature must be above 0');
  const out = new Float64Array(p.length);
  let max = -Infinity;
  for (let i = 0; i < p.length; i++) max = Math.max(max, p[i]! > 0 ? Math.log(p[i]!) : -Infinity);
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    out[i] = p[i]! > 0 ? Math.exp((Math.log(p[i]!) - max) / temperature) : 0;
    sum += out[i]!;
  }
  for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}

/** Keeps the k most likely tokens (ties by lower id) and renormalises; k ≤ 0 keeps all. */
export function applyTopK(p: ArrayLike<number>, k: number): Float64Array {
  const out = Float64Array.from(p as ArrayLike<number>);
  if (k <= 0 || k >= p.length) return out;
  const keep = new Set(topIds(p, k));
  let sum = 0;
  for (let i = 0; i < out.length; i++) {
    if (!keep.has(i)) out[i] = 0;
    sum += out[i]!;
  }
  for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}

/** The ids of the k largest probabilities, most likely first (ties by lower id). */
export function topIds(p: ArrayLike<number>, k: number): number[] {
  const ids = Array.from({ length: p.length }, (_, i) => i);
  ids.sort((a, b) => p[b]! - p[a]! || a - b);
  return ids.slice(0, Math.max(0, k));
}

/** One id drawn from p (which sums to one) with a uniform number from the generator. */
export function sample(p: ArrayLike<number>, rng: Rng): number {
  const u = rng.next() / 2 ** 32;
  let acc = 0;
  let last = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i]! <= 0) continue;
    acc += p[i]!;
    last = i;
    if (u < acc) return i;
  }
  return last; // rounding left u above the sum
}
