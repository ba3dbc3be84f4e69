import { expect, test } from 'vitest';
import { snippet } from '../../src/render/snippet.js';
import { createMatcher } from '../../src/text/match.js';

const mark = (s: string) => `[${s}]`;
const cut = (text: string, query: string, room: number) => snippet(text, createMatcher(query)(text), room, mark);

test('short text is shown whole, with every match marked', () => {
  expect(cut('a token and\n  another token', 'token', 80)).toBe('a [token] and another [token]');
});

test('long text is cut around the first match on word boundaries, marked with ...', () => {
  const text = `${'alpha beta gamma delta '.repeat(5)}the needle is here ${'epsilon zeta eta theta '.repeat(5)}`;
  const out = cut(text, 'needle', 40);
  expect(out).toContain('[needle]');
  expect(out.startsWith('...')).toBe(true);
  expect(out.endsWith('...')).toBe(true);
  expect(out).toMatch(/^\.\.\.(alpha|beta|gamma|delta) /);
  expect(out).toMatch(/ (epsilon|zeta|eta|theta)\.\.\.$/);
});

test('a cut never leaves closing punctuation first', () => {
  const text = `${'前面的文字，'.repeat(10)}关键词在这里${'，后面的文字'.repeat(10)}`;
  const out = cut(text, '关键词', 30);
  expect(out).toContain('[关键词]');
  expect(out.slice(3, 4)).not.toBe('，');
});
