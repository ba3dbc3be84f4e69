import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../../src/lab/corpus/vocab.js';
import { perplexity, unseenShare } from '../../../src/lab/ngram/evaluate.js';
import { distribution, matchedContext, ngramModel, probability } from '../../../src/lab/ngram/model.js';
import { buildTrie } from '../../../src/lab/ngram/trie.js';

// Training text "a b a b a", held out "b a"; id 0 is <unk>, so V = 3.
const data: Dataset = {
  vocab: ['<unk>', 'a', 'b'],
  index: new Map([['<unk>', 0], ['a', 1], ['b', 2]]),
  ids: Int32Array.from([1, 2, 1, 2, 1, 2, 1]),
  split: 5,
};
const trie = buildTrie(data.ids, data.split, 3, 3);

describe('counting', () => {
  test('counts, context totals and continuation counts, by hand', () => {
    const node = (...ids: number[]) => {
      let n = 0;
      for (const id of ids) n = trie.edges.get(n, id);
      return n;
    };
    expect(trie.count[node(1)]).toBe(3);
    expect(trie.count[node(2)]).toBe(2);
    expect(trie.count[node(1, 2)]).toBe(2);
    expect(trie.count[node(2, 1)]).toBe(2);
    expect(trie.count[node(1, 2, 1)]).toBe(2);
    expect(trie.edges.get(node(1), 1)).toBe(-1); // "a a" never occurs
    expect(trie.followers[node(1)]).toBe(2); // the last "a" is followed by nothing
    expect(trie.followers[0]).toBe(5);
    expect(trie.left[node(1)]).toBe(1); // only "b" precedes "a"
    expect(trie.leftSum[0]).toBe(2);
    expect(trie.leftTypes[0]).toBe(2);
  });
});

describe('add-k', () => {
  test('bigram and unigram probabilities and perplexity, by hand', () => {
    const bigram = ngramModel(trie, 2, { kind: 'add-k', k: 1 });
    expect(probability(bigram, data.ids, 5, 2)).toBeCloseTo(3 / 5, 12); // (2+1)/(2+3)
    expect(perplexity(bigram, data)).toBeCloseTo(5 / 3, 12);
    const unigram = ngramModel(trie, 1, { kind: 'add-k', k: 1 });
    expect(probability(unigram, data.ids, 5, 2)).toBeCloseTo(3 / 8, 12);
    expect(perplexity(unigram, data)).toBeCloseTo(Math.sqrt(16 / 3), 12);
  });

  test('an unseen context gives the uniform 1/V', () => {
    const model = ngramModel(trie, 3, { kind: 'add-k', k: 0.5 });
    expect(probability(model, [1, 1], 2, 2)).toBeCloseTo(1 / 3, 12);
    expect(matchedContext(model, [1, 1], 2)).toBe(1);
  });
});

describe('Kneser–Ney', () => {
  test('P(b | a) by hand: (2 − .75)/2 + .75·1/2 · P_cont(b), P_cont(b) = (1 − .75)/2 + .75·2/2 · 1/3', () => {
    const model = ngramModel(trie, 2, { kind: 'kneser-ney', discount: 0.75 });
    expect(probability(model, data.ids, 5, 2)).toBeCloseTo(0.625 + 0.375 * 0.375, 12);
  });

  test.each([1, 2, 3])('sums to one over the vocabulary for n = %i, seen and unseen contexts', (n) => {
    const model = ngramModel(trie, n);
    for (const context of [[1, 2], [2, 2], [0, 0], [2, 1]]) {
      const sum = distribution(model, context, 2).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(1, 12);
    }
  });
});

describe('unseen n-grams', () => {
  test('grow with n on a held-out text that repeats no longer pattern', () => {
    // Training "a b a b a b", held out "a a b b".
    const d: Dataset = { ...data, ids: Int32Array.from([1, 2, 1, 2, 1, 2, 1, 1, 2, 2]), split: 6 };
    const t = buildTrie(d.ids, d.split, 3, 3);
    expect(unseenShare(ngramModel(t, 1), d)).toBe(0);
    expect(unseenShare(ngramModel(t, 2), d)).toBe(2 / 4); // "a a" and "b b"
    expect(unseenShare(ngramModel(t, 3), d)).toBe(3 / 4); // "b a a", "a a b", "a b b"; "a b a" was seen
  });
});

describe('the one-pass held-out table', () => {
  test('equals perplexity and unseenShare model by model, on a real text', async () => {
    const { readFileSync } = await import('node:fs');
    const { tokenize } = await import('../../../src/lab/corpus/tokenize.js');
    const { makeDataset } = await import('../../../src/lab/corpus/vocab.js');
    const { heldOutTable } = await import('../../../src/lab/ngram/evaluate.js');
    const text = readFileSync(new URL('../../fixtures/lab/corpus.en.txt', import.meta.url), 'utf8');
    const d = makeDataset(tokenize(text, 'word'));
    const t = buildTrie(d.ids, d.split, 5, d.vocab.length);
    const rows = heldOutTable(t, d, 0.5);
    rows.forEach((row, i) => {
      expect(row.n).toBe(i + 1);
      expect(row.perplexityKneserNey).toBeCloseTo(perplexity(ngramModel(t, i + 1), d), 9);
      expect(row.perplexityAddK).toBeCloseTo(perplexity(ngramModel(t, i + 1, { kind: 'add-k', k: 0.5 }), d), 9);
      expect(row.unseen).toBeCloseTo(unseenShare(ngramModel(t, i + 1), d), 12);
    });
  });
});
