/**
 * Nearest neighbours in the learned embedding: cosine similarity between
 * rows of E. Shown for the most frequent training tokens, which the model
 * has seen often enough for their vectors to mean something.
 */
import type { Dataset } from '../corpus/vocab.js';
import type { MlpParams } from './mlp.js';

export interface Neighbours {
  token: string;
  near: { token: string; similarity: number }[];
}

export function cosine(E: Float64Array, d: number, a: number, b: number): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let e = 0; e < d; e++) {
    const x = E[a * d + e]!;
    const y = E[b * d + e]!;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Training-text frequency of every id. */
export function frequencies(data: Dataset): Int32Array {
  const counts = new Int32Array(data.vocab.length);
  for (let t = 0; t < data.split; t++) counts[data.ids[t]!]!++;
  return counts;
}

/**
 * For the `queries` most frequent tokens that are letters or ideographs, the `count`
 * nearest among tokens seen at least `minCount` times.
 */
export function nearestNeighbours(params: MlpParams, data: Dataset, queries = 6, count = 4, minCount = 5): Neighbours[] {
  const d = params.shape.embed;
  const freq = frequencies(data);
  const word = (id: number) => /[\p{L}\p{N}]/u.test(data.vocab[id]!);
  const candidates = Array.from({ length: freq.length }, (_, i) => i).filter((i) => i > 0 && freq[i]! >= minCount && word(i));
  const byFrequency = [...candidates].sort((a, b) => freq[b]! - freq[a]! || a - b);
  return byFrequency.slice(0, queries).map((q) => ({
    token: data.vocab[q]!,
    near: candidates
      .filter((c) => c !== q)
      .map((c) => ({ id: c, similarity: cosine(params.E, d, q, c) }))
      .sort((a, b) => b.similarity - a.similarity || a.id - b.id)
      .slice(0, count)
      .map((n) => ({ token: data.vocab[n.id]!, similarity: n.similarity })),
  }));
}
