/**
 * How a search query matches text. A query with Chinese (or other CJK)
 * characters matches as a substring. Otherwise words match case-insensitively
 * as whole words, in the order given, and each English word also matches its
 * plural and other common endings ("transformers" finds "transformer",
 * "abilities" finds "ability", "encoding" finds "encode"), but not another
 * word ("token" does not find "tokenizer"). A query in double quotes
 * ("large language model") matches exactly those words, with no endings.
 * The query is capped (QUERY_MAX characters): one pattern a query, built from
 * its words, never from the text.
 */
import { isCjk } from './kinsoku.js';

export type Matcher = (text: string) => { start: number; end: number }[];

/** The longest query taken, in characters; a longer one is refused before any pattern is made. */
export const QUERY_MAX = 200;

const ENDINGS = "(?:s|es|e|ed|ing|['’]s)?";

export interface ParsedQuery {
  words: string[];
  /** Written in double quotes: exact words, no endings. */
  exact: boolean;
  cjk: boolean;
}

export function parseQuery(query: string): ParsedQuery {
  const trimmed = query.trim();
  const quoted = /^["“”„].*["“”]$/su.test(trimmed) && [...trimmed].length >= 2;
  const inner = quoted ? trimmed.slice(1, -1) : trimmed;
  const words = inner
    .split(/\s+/)
    .map((w) => (quoted ? w : w.replace(/^["“”„]+|["“”]+$/g, '')))
    .filter(Boolean);
  return { words, exact: quoted, cjk: [...trimmed].some(isCjk) };
}

/** The stem a word's endings are stripped to (lower case); short words are left whole. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (!/^[a-z][a-z'’-]*$/.test(w)) return w;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function wordPattern(word: string, exact: boolean): string {
  if (exact || !/^[a-z][a-z'’-]*$/i.test(word)) return escape(word);
  const s = stem(word);
  if (s.length < 3) return escape(word);
  if (s.endsWith('y') && s.length > 2) return `${escape(s.slice(0, -1))}(?:y|ies|ied|ying)`;
  return `${escape(s)}${ENDINGS}`;
}

export function createMatcher(query: string): Matcher {
  const parsed = parseQuery(query);
  if (parsed.words.length === 0) return () => [];
  const sequence = parsed.words.map((w) => (parsed.cjk ? escape(w) : wordPattern(w, parsed.exact))).join('\\s+');
  const source = parsed.cjk ? sequence : `(?<![\\p{L}\\p{N}_])${sequence}(?![\\p{L}\\p{N}_])`;
  const pattern = new RegExp(source, 'giu');
  return (text) => {
    const out: { start: number; end: number }[] = [];
    for (const m of text.matchAll(pattern)) out.push({ start: m.index, end: m.index + m[0].length });
    return out;
  };
}
