/**
 * Token counts and ids from gpt-tokenizer (what the lab uses) against
 * js-tiktoken, an independent implementation of the same encodings.
 */
import { getEncoding } from 'js-tiktoken';
import { describe, expect, test } from 'vitest';
import { loadEncoders, pieces } from '../../../src/lab/tokens/encodings.js';

const TEXTS = [
  '语言模型根据前文预测下一个词元。',
  'A language model predicts the next token from the ones before it.',
  '你好 👋🏽 world 👨‍👩‍👧‍👦 🇨🇳',
  '混合 mixed スクリプト 한국어 العربية Ελληνικά',
  'tabs\tand\u00a0no-break\u3000ideographic  spaces\r\nand CRLF   trailing   ',
  '\n\n\n  leading newlines',
  '<|endoftext|> is ordinary text here',
  '1234567890 3.14159 1e-9 0x1F',
  '“引号”與「括號」，全角！？',
];

const encoders = await loadEncoders();

describe.each(encoders.map((e) => [e.name, e] as const))('%s', (name, encoder) => {
  const reference = getEncoding(name);
  test.each(TEXTS)('same ids as js-tiktoken: %j', (text) => {
    const ids = encoder.encode(text);
    expect(ids).toEqual(reference.encode(text, [], []));
    expect(ids.length).toBeGreaterThan(0);
  });

  test.each(TEXTS)('pieces put back together give the text: %j', (text) => {
    const split = pieces(encoder, encoder.encode(text));
    expect(split.map((p) => p.text).join('')).toBe(text);
    expect(split.flatMap((p) => p.ids)).toEqual(encoder.encode(text));
  });
});

test('a character split across tokens is one piece with several ids', () => {
  const gpt2 = encoders.find((e) => e.name === 'r50k_base')!;
  const split = pieces(gpt2, gpt2.encode('你'));
  expect(split).toHaveLength(1);
  expect(split[0]!.ids.length).toBeGreaterThan(1);
  expect(split[0]!.text).toBe('你');
});
