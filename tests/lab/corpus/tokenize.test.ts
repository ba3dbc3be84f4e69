import { describe, expect, test } from 'vitest';
import { joinTokens, tokenize } from '../../../src/lab/corpus/tokenize.js';
import { makeDataset } from '../../../src/lab/corpus/vocab.js';

describe('tokenize', () => {
  test.each([
    ['char', '语言  模型\n\tLM', ['语', '言', ' ', '模', '型', ' ', 'L', 'M']],
    ['char', '👋🏽a', ['👋', '🏽', 'a']],
    ['word', "The model's output, isn't it?", ['the', "model's", 'output', ',', "isn't", 'it', '?']],
    ['word', '语言模型（LM）', ['语', '言', '模', '型', '（', 'lm', '）']],
    ['word', '  \n ', []],
  ] as const)('%s: %j', (level, text, tokens) => {
    expect(tokenize(text, level)).toEqual(tokens);
  });

  test('join puts words back with spaces and characters without', () => {
    expect(joinTokens(['a', 'b'], 'word')).toBe('a b');
    expect(joinTokens(['语', '言'], 'char')).toBe('语言');
  });
});

describe('the dataset', () => {
  test('the last tenth is held out; its tokens unseen in training become <unk> (id 0)', () => {
    const tokens = [...'abababababababababab'.split(''), 'c'];
    const d = makeDataset(tokens);
    expect(d.split).toBe(19);
    expect(d.vocab).toEqual(['<unk>', 'a', 'b']);
    expect(Array.from(d.ids.subarray(d.split))).toEqual([2, 0]); // the last "b", then "c", never seen in training
  });
});
