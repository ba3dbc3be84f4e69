/**
 * How a search query matches text: a query with Chinese (or other CJK)
 * characters matches as a substring; otherwise case-insensitively by whole
 * words, so `token` finds "Token" but not "tokenizer".
 */
import { isCjk } from './kinsoku.js';

export type Matcher = (text: string) => { start: number; end: number }[];

export function createMatcher(query: string): Matcher {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const cjk = [...query].some(isCjk);
  const source = cjk ? escaped : `(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`;
  const pattern = new RegExp(source, 'giu');
  return (text) => {
    if (escaped === '') return [];
    return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  };
}
