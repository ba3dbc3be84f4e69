import { expect, test } from 'vitest';
import { createMatcher } from '../../src/text/match.js';
import { inlinePlain, markdownPlain } from '../../src/text/plain.js';

test('English queries match whole words, case-insensitively, with their plurals', () => {
  const m = createMatcher('token');
  expect(m('Token, tokens and a token.').map((x) => x.start)).toEqual([0, 7, 20]);
  expect(m('a tokenizer')).toEqual([]);
  expect(createMatcher('language model')('A Language  model here')).toEqual([{ start: 2, end: 17 }]);
});

test('Chinese queries match substrings', () => {
  expect(createMatcher('向量')('词向量和向量空间').map((x) => x.start)).toEqual([1, 4]);
});

test('regex characters in queries are literal', () => {
  expect(createMatcher('n-gram (n)')('an n-gram (n) model')).toHaveLength(1);
  expect(createMatcher('a.b')('axb')).toEqual([]);
});

test('Markdown is reduced to the text a reader sees', () => {
  expect(inlinePlain('**Keys** say `code` and [a link](https://x.org) *em* ~~del~~')).toBe('Keys say code and a link em del');
  expect(markdownPlain('## Title {#t}\n\n- **a** item\n> quote\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n```\ncode\n```')).toBe(
    'Title\n\na item\nquote\n\na  b\n\n1  2\n\ncode\n',
  );
});

test('plurals and common endings match both ways (issue #18, item 5)', () => {
  const found = (query: string, text: string) => createMatcher(query)(text).map((m) => text.slice(m.start, m.end));
  expect(found('transformers', 'The transformer and two transformers.')).toEqual(['transformer', 'transformers']);
  expect(found('abilities', 'one ability, emergent abilities')).toEqual(['ability', 'abilities']);
  expect(found('encoding', 'encode, encoded, encodes, encoding')).toEqual(['encode', 'encoded', 'encodes', 'encoding']);
  expect(found('classes', 'a class, two classes')).toEqual(['class', 'classes']);
  expect(found('large language models', 'Large language model; large  language models')).toEqual(['Large language model', 'large  language models']);
  expect(found('a', 'a as')).toEqual(['a']);
});

test('a query in double quotes matches those words exactly', () => {
  const found = (query: string, text: string) => createMatcher(query)(text).map((m) => text.slice(m.start, m.end));
  expect(found('"language model"', 'a language model, language models')).toEqual(['language model']);
  expect(found('“语言模型”', '大语言模型')).toEqual(['语言模型']);
  expect(found('"transformer"', 'transformers')).toEqual([]);
});

test('matching is linear in the matches: 200,000 matches are all found', () => {
  const text = 'word '.repeat(200_000);
  expect(createMatcher('word')(text)).toHaveLength(200_000);
});
