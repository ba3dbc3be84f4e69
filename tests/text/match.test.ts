import { expect, test } from 'vitest';
import { createMatcher } from '../../src/text/match.js';
import { inlinePlain, markdownPlain } from '../../src/text/plain.js';

test('English queries match whole words, case-insensitively', () => {
  const m = createMatcher('token');
  expect(m('Token, tokens and a token.').map((x) => x.start)).toEqual([0, 20]);
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
