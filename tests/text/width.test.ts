import { describe, expect, test } from 'vitest';
import { clusterWidth, displayWidth, graphemes, padEnd, padStart } from '../../src/text/width.js';

describe('displayWidth', () => {
  test.each([
    ['abc', 3],
    ['中文', 4],
    ['中a文', 5],
    ['，。', 4],
    ['😀', 2],
    ['👨‍👩‍👧', 2],
    ['🇨🇳', 2],
    ['e\u0301', 1],
    ['\u001b[1m粗体\u001b[22m', 4],
    ['\u001b]8;;https://x.org\u001b\\链接\u001b]8;;\u001b\\', 4],
    ['', 0],
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('graphemes', () => {
  test('keeps emoji sequences, flags and combining marks whole', () => {
    expect(graphemes('a👨‍👩‍👧🇨🇳🇺🇸e\u0301👍🏽')).toEqual(['a', '👨‍👩‍👧', '🇨🇳', '🇺🇸', 'e\u0301', '👍🏽']);
  });
  test('never splits a surrogate pair', () => {
    for (const cluster of graphemes('😀😀😀𠮷')) expect(cluster.length).toBe(2);
  });
});

test('clusterWidth: wide and full-width forms count two', () => {
  expect(clusterWidth('Ａ')).toBe(2);
  expect(clusterWidth('한')).toBe(2);
  expect(clusterWidth('x')).toBe(1);
});

test('padding counts columns, not code units', () => {
  expect(padEnd('中', 4)).toBe('中  ');
  expect(padStart('ab', 4)).toBe('  ab');
  expect(padEnd('长长长', 2)).toBe('长长长');
});
