/**
 * A Bengio et al. (2003)-style neural language model, written out in typed
 * arrays so every step can be read: the previous k tokens are looked up in
 * an embedding table E (V × d) and concatenated (x, k·d numbers), a hidden
 * layer h = tanh(x·W1 + b1) (H numbers), then logits = h·W2 + b2 (V numbers)
 * and a softmax over the vocabulary. The loss is the mean negative log
 * probability of the true next token; `backward` gives its exact gradient
 * for every parameter (checked against finite differences in the tests).
 */
import type { Rng } from '../../quiz/engine/random.js';

export interface MlpShape {
  vocab: number;
  context: number;
  embed: number;
  hidden: number;
}

export interface MlpParams {
  shape: MlpShape;
  E: Float64Array;
  W1: Float64Array;
  b1: Float64Array;
  W2: Float64Array;
  b2: Float64Array;
}

export const PARAM_NAMES = ['E', 'W1', 'b1', 'W2', 'b2'] as const;

export function zeros(shape: MlpShape): MlpParams {
  const { vocab: V, context: k, embed: d, hidden: H } = shape;
  return { shape, E: new Float64Array(V * d), W1: new Float64Array(k * d * H), b1: new Float64Array(H), W2: new Float64Array(H * V), b2: new Float64Array(V) };
}

/** Small uniform weights (scaled by fan-in), zero biases. */
export function initParams(shape: MlpShape, rng: Rng): MlpParams {
  const p = zeros(shape);
  const fill = (a: Float64Array, scale: number) => {
    for (let i = 0; i < a.length; i++) a[i] = (rng.next() / 2 ** 32 - 0.5) * 2 * scale;
  };
  fill(p.E, 1);
  fill(p.W1, 1 / Math.sqrt(shape.context * shape.embed));
  fill(p.W2, 0.1 / Math.sqrt(shape.hidden));
  return p;
}

/** Scratch space for one example, reused across a batch. */
export interface Scratch {
  x: Float64Array;
  h: Float64Array;
  p: Float64Array;
  dh: Float64Array;
  dx: Float64Array;
}

export function scratch(shape: MlpShape): Scratch {
  const kd = shape.context * shape.embed;
  return { x: new Float64Array(kd), h: new Float64Array(shape.hidden), p: new Float64Array(shape.vocab), dh: new Float64Array(shape.hidden), dx: new Float64Array(kd) };
}

/**
 * The forward pass for the context ids[t−k .. t−1] (positions before 0 are
 * token 0): fills s.x, s.h and s.p (the softmax) and returns −log p(ids[t]).
 */
export function forward(m: MlpParams, ids: ArrayLike<number>, t: number, s: Scratch): number {
  const { vocab: V, context: k, embed: d, hidden: H } = m.shape;
  for (let j = 0; j < k; j++) {
    const pos = t - k + j;
    const id = pos >= 0 ? ids[pos]! : 0;
    for (let e = 0; e < d; e++) s.x[j * d + e] = m.E[id * d + e]!;
  }
  const kd = k * d;
  for (let i = 0; i < H; i++) s.h[i] = m.b1[i]!;
  for (let a = 0; a < kd; a++) {
    const xa = s.x[a]!;
    const row = a * H;
    for (let i = 0; i < H; i++) s.h[i]! += xa * m.W1[row + i]!;
  }
  for (let i = 0; i < H; i++) s.h[i] = Math.tanh(s.h[i]!);
  const p = s.p;
  p.set(m.b2);
  for (let i = 0; i < H; i++) {
    const hi = s.h[i]!;
    const row = i * V;
    for (let v = 0; v < V; v++) p[v]! += hi * m.W2[row + v]!;
  }
  let max = -Infinity;
  for (let v = 0; v < V; v++) if (p[v]! > max) max = p[v]!;
  let sum = 0;
  for (let v = 0; v < V; v++) {
    p[v] = Math.exp(p[v]! - max);
    sum += p[v]!;
  }
  for (let v = 0; v < V; v++) p[v]! /= sum;
  return -Math.log(p[ids[t]!]!);
}

/**
 * Adds the gradient of (−log p(ids[t])) · scale to g, after `forward` filled s
 * for the same t. The softmax's gradient is p − onehot(target).
 */
export function backward(m: MlpParams, g: MlpParams, ids: ArrayLike<number>, t: number, s: Scratch, scale: number): void {
  const { vocab: V, context: k, embed: d, hidden: H } = m.shape;
  const p = s.p;
  p[ids[t]!]! -= 1; // p is now dlogits / scale
  s.dh.fill(0);
  for (let v = 0; v < V; v++) g.b2[v]! += p[v]! * scale;
  for (let i = 0; i < H; i++) {
    const hi = s.h[i]! * scale;
    const row = i * V;
    let dhi = 0;
    for (let v = 0; v < V; v++) {
      g.W2[row + v]! += hi * p[v]!;
      dhi += p[v]! * m.W2[row + v]!;
    }
    s.dh[i] = dhi * scale * (1 - s.h[i]! * s.h[i]!); // through tanh
  }
  const kd = k * d;
  for (let i = 0; i < H; i++) g.b1[i]! += s.dh[i]!;
  for (let a = 0; a < kd; a++) {
    const xa = s.x[a]!;
    const row = a * H;
    let dxa = 0;
    for (let i = 0; i < H; i++) {
      g.W1[row + i]! += xa * s.dh[i]!;
      dxa += s.dh[i]! * m.W1[row + i]!;
    }
    s.dx[a] = dxa;
  }
  for (let j = 0; j < k; j++) {
    const pos = t - k + j;
    const id = pos >= 0 ? ids[pos]! : 0;
    for (let e = 0; e < d; e++) g.E[id * d + e]! += s.dx[j * d + e]!;
  }
}

/** Mean −log p over positions [from, to): its exp is the perplexity. */
export function meanLoss(m: MlpParams, ids: ArrayLike<number>, from: number, to: number, s: Scratch = scratch(m.shape)): number {
  let sum = 0;
  for (let t = from; t < to; t++) sum += forward(m, ids, t, s);
  return sum / Math.max(1, to - from);
}
