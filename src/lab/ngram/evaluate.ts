/**
 * Held-out measures of an n-gram model: perplexity, exp of the mean negative
 * log probability of each held-out token given the tokens before it (the
 * context may reach back into the training text), and the share of held-out
 * n-grams the training text never contained (the curse of dimensionality:
 * it grows with n).
 */
import type { Dataset } from '../corpus/vocab.js';
import { probability, type NgramModel } from './model.js';
import { find } from './trie.js';

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
