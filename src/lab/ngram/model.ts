/**
 * An n-gram model over a counted trie, with one of two smoothings:
 *
 * - add-k: P(w | c) = (count(c w) + k) / (count(c •) + k·V), where V counts
 *   every token of the vocabulary and `<unk>`; a context never seen gives 1/V.
 * - interpolated Kneser–Ney with one discount D (Chen & Goodman 1998):
 *   P(w | c) = max(count(c w) − D, 0) / count(c •) + D·types(c) / count(c •) · P(w | c′),
 *   c′ being c without its first token. Below the highest order, counts are
 *   continuation counts: in how many distinct contexts a sequence occurs.
 *   The lowest order is interpolated with the uniform 1/V.
 *
 * Both give every token a probability above zero and sum to one over the
 * vocabulary, so held-out perplexity is finite and honest.
 */
import { child, find, type Trie } from './trie.js';

export type Smoothing = { kind: 'add-k'; k: number } | { kind: 'kneser-ney'; discount: number };

export const DEFAULT_SMOOTHING: Smoothing = { kind: 'kneser-ney', discount: 0.75 };

export interface NgramModel {
  trie: Trie;
  /** Tokens of context plus one: n = 1 is a unigram model. */
  n: number;
  smoothing: Smoothing;
}

export function ngramModel(trie: Trie, n: number, smoothing: Smoothing = DEFAULT_SMOOTHING): NgramModel {
  if (n < 1 || n > trie.order) throw new RangeError(`ngramModel: n must be 1..${trie.order}`);
  return { trie, n, smoothing };
}

/** P(w | the last n−1 ids of context[0, end)). */
export function probability(model: NgramModel, context: ArrayLike<number>, end: number, w: number): number {
  const from = Math.max(0, end - (model.n - 1));
  const { trie, smoothing } = model;
  const V = trie.vocabSize;
  if (smoothing.kind === 'add-k') {
    const node = find(trie, context, from, end);
    if (node < 0) return 1 / V;
    const c = child(trie, node, w);
    return ((c < 0 ? 0 : trie.count[c]!) + smoothing.k) / (trie.followers[node]! + smoothing.k * V);
  }
  const D = smoothing.discount;
  let p = 1 / V;
  // From the empty context up to the full one; the full one uses raw counts.
  for (let start = end; start >= from; start--) {
    const node = find(trie, context, start, end);
    if (node < 0) break; // a longer context containing this one is unseen too
    const highest = start === from;
    const total = highest ? trie.followers[node]! : trie.leftSum[node]!;
    if (total === 0) continue;
    const types = highest ? trie.types[node]! : trie.leftTypes[node]!;
    const c = child(trie, node, w);
    const cw = c < 0 ? 0 : highest ? trie.count[c]! : trie.left[c]!;
    p = Math.max(cw - D, 0) / total + ((D * types) / total) * p;
  }
  return p;
}

/** The whole next-token distribution after context[0, end). */
export function distribution(model: NgramModel, context: ArrayLike<number>, end: number): Float64Array {
  const out = new Float64Array(model.trie.vocabSize);
  for (let w = 0; w < out.length; w++) out[w] = probability(model, context, end, w);
  return out;
}

/** How many tokens of the context the training text has seen together (the longest matched suffix). */
export function matchedContext(model: NgramModel, context: ArrayLike<number>, end: number): number {
  const from = Math.max(0, end - (model.n - 1));
  let matched = 0;
  for (let start = end - 1; start >= from; start--) {
    if (find(model.trie, context, start, end) < 0) break;
    matched = end - start;
  }
  return matched;
}
