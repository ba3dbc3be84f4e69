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

/**
 * The nodes of the context's suffixes: out[len] is the node of the last
 * `len` ids before `end` (−1 when training never saw them together), for
 * len = 0 … L, where L = min(n − 1, end) is the context the model uses. Returns L.
 */
export function contextNodes(model: NgramModel, context: ArrayLike<number>, end: number, out: Int32Array): number {
  const L = Math.min(model.n - 1, end);
  out[0] = 0;
  for (let len = 1; len <= L; len++) out[len] = out[len - 1]! < 0 ? -1 : find(model.trie, context, end - len, end);
  return L;
}

/** `childNodes[len]` = child(ctx[len], w) for len = 0 … L (−1 when absent); the probability of w from them. */
export function probabilityFrom(model: NgramModel, ctx: Int32Array, L: number, childNodes: Int32Array): number {
  const { trie, smoothing } = model;
  const V = trie.vocabSize;
  if (smoothing.kind === 'add-k') {
    const node = ctx[L]!;
    if (node < 0) return 1 / V;
    const c = childNodes[L]!;
    return ((c < 0 ? 0 : trie.count[c]!) + smoothing.k) / (trie.followers[node]! + smoothing.k * V);
  }
  const D = smoothing.discount;
  let p = 1 / V;
  // From the empty context up to the full one; the full one uses raw counts.
  for (let len = 0; len <= L; len++) {
    const node = ctx[len]!;
    if (node < 0) break; // a longer context containing this one is unseen too
    const highest = len === L;
    const total = highest ? trie.followers[node]! : trie.leftSum[node]!;
    if (total === 0) continue;
    const types = highest ? trie.types[node]! : trie.leftTypes[node]!;
    const c = childNodes[len]!;
    const cw = c < 0 ? 0 : highest ? trie.count[c]! : trie.left[c]!;
    p = Math.max(cw - D, 0) / total + ((D * types) / total) * p;
  }
  return p;
}

export function childNodesOf(trie: Trie, ctx: Int32Array, L: number, w: number, out: Int32Array): void {
  for (let len = 0; len <= L; len++) out[len] = ctx[len]! < 0 ? -1 : child(trie, ctx[len]!, w);
}

/** P(w | the last n−1 ids of context[0, end)). */
export function probability(model: NgramModel, context: ArrayLike<number>, end: number, w: number): number {
  const ctx = new Int32Array(model.n);
  const kids = new Int32Array(model.n);
  const L = contextNodes(model, context, end, ctx);
  childNodesOf(model.trie, ctx, L, w, kids);
  return probabilityFrom(model, ctx, L, kids);
}

/** The whole next-token distribution after context[0, end). */
export function distribution(model: NgramModel, context: ArrayLike<number>, end: number): Float64Array {
  const out = new Float64Array(model.trie.vocabSize);
  const ctx = new Int32Array(model.n);
  const kids = new Int32Array(model.n);
  const L = contextNodes(model, context, end, ctx);
  for (let w = 0; w < out.length; w++) {
    childNodesOf(model.trie, ctx, L, w, kids);
    out[w] = probabilityFrom(model, ctx, L, kids);
  }
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
