/**
 * The n-gram lab as data: models n = 1…5 from one trie, each measured on the
 * held-out text with both smoothings (the curse of dimensionality), the
 * next-token table after a prompt, and seeded generated text.
 */
import { seededRng } from '../../quiz/engine/random.js';
import type { LabCorpus } from '../corpus/load.js';
import { joinTokens, tokenize } from '../corpus/tokenize.js';
import { idsOf } from '../corpus/vocab.js';
import { sample, topIds } from '../sampling.js';
import { heldOutTable, type HeldOutRow } from './evaluate.js';
import { distribution, matchedContext, type NgramModel } from './model.js';
import { buildTrie, type Trie } from './trie.js';

export const MAX_N = 5;

export type CurseRow = HeldOutRow;

export interface NextTokens {
  prompt: string;
  n: number;
  /** Context tokens found together in training, of the n − 1 the model looks at. */
  matched: number;
  wanted: number;
  top: { token: string; p: number }[];
}

export function corpusTrie(corpus: LabCorpus, order = MAX_N): Trie {
  const { data } = corpus;
  return buildTrie(data.ids, data.split, order, data.vocab.length);
}

export function curseTable(corpus: LabCorpus, trie: Trie, k: number): CurseRow[] {
  return heldOutTable(trie, corpus.data, k);
}

/** The prompt as ids (unknown tokens are `<unk>`), or undefined when it has no tokens. */
export function promptIds(corpus: LabCorpus, prompt: string): number[] | undefined {
  const tokens = tokenize(prompt, corpus.level);
  return tokens.length === 0 ? undefined : idsOf(corpus.data, tokens);
}

export function nextTokens(corpus: LabCorpus, model: NgramModel, prompt: string, ids: number[], count = 10): NextTokens {
  const p = distribution(model, ids, ids.length);
  return {
    prompt,
    n: model.n,
    matched: matchedContext(model, ids, ids.length),
    wanted: Math.min(model.n - 1, ids.length),
    top: topIds(p, count).map((id) => ({ token: corpus.data.vocab[id]!, p: p[id]! })),
  };
}

/**
 * `length` tokens drawn one by one from the model after the prompt's ids,
 * with `<unk>` left out (it stands for every token training never saw).
 */
export function generate(corpus: LabCorpus, model: NgramModel, ids: readonly number[], length: number, seed: string): string {
  const rng = seededRng(`generate:${seed}`);
  const context = [...ids];
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    const p = distribution(model, context, context.length);
    const unk = p[0]!;
    p[0] = 0;
    for (let w = 1; w < p.length; w++) p[w]! /= 1 - unk;
    const id = sample(p, rng);
    context.push(id);
    out.push(corpus.data.vocab[id]!);
  }
  return joinTokens(out, corpus.level);
}
