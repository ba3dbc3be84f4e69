/**
 * Text to tokens for the labs. `char`: every character (code point) is a
 * token, and every run of white space becomes one space. `word`: a run of
 * letters, digits and apostrophes is a token (lower-cased), every other
 * visible character is a token of its own; a Han character counts as a word,
 * since Chinese writes no spaces between words (the labs learn Chinese by
 * character, see docs/lab.md).
 */
export type Level = 'char' | 'word';

const WORD = /\p{Script=Han}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|[^\s]/gu;

export function tokenize(text: string, level: Level): string[] {
  if (level === 'word') return (text.match(WORD) ?? []).map((t) => t.toLowerCase());
  return Array.from(text.replace(/\s+/g, ' ').trim());
}

/** How tokens are put back together: characters as they are, words with a space between. */
export function joinTokens(tokens: readonly string[], level: Level): string {
  return level === 'char' ? tokens.join('') : tokens.join(' ');
}
