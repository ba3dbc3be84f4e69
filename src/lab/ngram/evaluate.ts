/**
 * Held-out measures of an n-gram model: perplexity, exp of the mean negative
 * log probability of each held-out token given the tokens before it (the
 * context may reach back into the training text), and the share of held-out
 * n-grams the training text never contained (the curse of dimensionality:
 * it grows with n).
 */
import type { Dataset } from '../corpus/vocab.js';
import { childNodesOf, contextNodes, ngramModel, probability, probabilityFrom, type NgramModel } from './model.js';
import { find, type Trie } from './trie.js';

export function perplexity(model: NgramModel, data: Dataset): number {
  const { ids, split } = data;
  let nll = 0;
  for (let t = split; t < ids.length; t++) nll -= Math.log(probability(model, ids, t, ids[t]!));
  return Math.exp(nll / (ids.length - split));
}

/** Share of held-out positions whose n tokens (ending there) never occur in training. */
export function unseenShare(model: NgramModel, data: Dataset): number {
  const { ids, split } = data;
  let unseen = 0;
  let total = 0;
  for (let t = Math.max(split, model.n - 1); t < ids.length; t++) {
    total++;
    if (find(model.trie, ids, t - model.n + 1, t + 1) < 0) unseen++;
  }
  return total === 0 ? 0 : unseen / total;
}

export interface HeldOutRow {
  n: number;
  unseen: number;
  perplexityKneserNey: number;
  perplexityAddK: number;
}

/**
 * `unseenShare` and `perplexity` for every n up to the trie's order and
 * both smoothings, in one pass over the held-out text: the context's nodes
 * are looked up once per position and shared by all ten models.
 */
export function heldOutTable(trie: Trie, data: Dataset, k: number, discount = 0.75): HeldOutRow[] {
  const { ids, split } = data;
  const order = trie.order;
  const kn = Array.from({ length: order }, (_, i) => ngramModel(trie, i + 1, { kind: 'kneser-ney', discount }));
  const addK = Array.from({ length: order }, (_, i) => ngramModel(trie, i + 1, { kind: 'add-k', k }));
  const nllKn = new Float64Array(order);
  const nllAddK = new Float64Array(order);
  const unseen = new Float64Array(order);
  const counted = new Float64Array(order);
  const ctx = new Int32Array(order);
  const kids = new Int32Array(order);
  for (let t = split; t < ids.length; t++) {
    const L = contextNodes(kn[order - 1]!, ids, t, ctx);
    childNodesOf(trie, ctx, L, ids[t]!, kids);
    for (let i = 0; i < order; i++) {
      const Ln = Math.min(i, L);
      nllKn[i]! -= Math.log(probabilityFrom(kn[i]!, ctx, Ln, kids));
      nllAddK[i]! -= Math.log(probabilityFrom(addK[i]!, ctx, Ln, kids));
      if (t >= i) {
        counted[i]!++;
        if (ctx[i]! < 0 || kids[i]! < 0) unseen[i]!++;
      }
    }
  }
  const m = ids.length - split;
  return kn.map((_, i) => ({
    n: i + 1,
    unseen: counted[i] === 0 ? 0 : unseen[i]! / counted[i]!,
    perplexityKneserNey: Math.exp(nllKn[i]! / m),
    perplexityAddK: Math.exp(nllAddK[i]! / m),
  }));
}
