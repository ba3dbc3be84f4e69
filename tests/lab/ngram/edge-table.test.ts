import { expect, test } from 'vitest';
import { EdgeTable } from '../../../src/lab/ngram/edge-table.js';

test('finds every edge added, through several growths, and nothing else', () => {
  const table = new EdgeTable(4);
  const seen = new Map<string, number>();
  let child = 0;
  for (let parent = 0; parent < 300; parent++) {
    for (let token = 0; token < 40; token += 1 + (parent % 7)) {
      table.add(parent, token, ++child);
      seen.set(`${parent},${token}`, child);
    }
  }
  expect(table.size).toBe(seen.size);
  for (const [key, value] of seen) {
    const [p, t] = key.split(',').map(Number);
    expect(table.get(p!, t!)).toBe(value);
  }
  expect(table.get(5, 41)).toBe(-1);
  expect(table.get(300, 0)).toBe(-1);
});
