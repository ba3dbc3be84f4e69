import { expect, test } from 'vitest';
import { formatParams } from '../../src/render/params.js';

test.each([
  [175e9, '1750 亿', '175B'],
  [540e9, '5400 亿', '540B'],
  [340e6, '3.4 亿', '340M'],
  [1.5e9, '15 亿', '1.5B'],
  [66e6, '6600 万', '66M'],
  [1.8e12, '1.8 万亿', '1.8T'],
  [117e6, '1.17 亿', '117M'],
  [500, '500', '500'],
])('%d is %s / %s', (n, zh, en) => {
  expect(formatParams(n, 'zh')).toBe(zh);
  expect(formatParams(n, 'en')).toBe(en);
});
