/** Search as a user meets it (issue #18, item 5) and at the sizes a hostile pack reaches (issue #20, items 9 and 12). */
import { describe, expect, test } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { searchCommand } from '../../src/reader/search.js';
import { snippet } from '../../src/render/snippet.js';
import { createMatcher, QUERY_MAX } from '../../src/text/match.js';
import { reader, text } from './helpers.js';

const resultLines = (out: string) => out.split('\n').filter((l) => /^\S+  .*  \((chapter|term|model|章节|术语|模型)\)$/.test(l));

describe('search results', () => {
  test.each(['markov', 'language model', 'model', 'token', '向量'])('the count it prints is the number of results it lists (%s)', (query) => {
    const ctx = reader({ lang: /\p{Script=Han}/u.test(query) ? 'zh' : 'en' }).ctx();
    const out = text(searchCommand({ query }, ctx));
    const count = Number(/(\d+) (?:result|条结果)/.exec(out)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(resultLines(out)).toHaveLength(count);
  });

  test('a plural finds the singular and the other way round', () => {
    expect(resultLines(text(searchCommand({ query: 'vectors' }, reader().ctx())))).toEqual(resultLines(text(searchCommand({ query: 'vector' }, reader().ctx()))));
    expect(resultLines(text(searchCommand({ query: 'abilities' }, reader().ctx())))).not.toEqual([]);
  });

  test('a quoted phrase finds the phrase', () => {
    const out = text(searchCommand({ query: '"statistical language model"' }, reader().ctx()));
    expect(out).toContain('stages#slm  Statistical language models  (chapter)');
  });

  test('no match in this language: the other language is pointed to, with the command to run', () => {
    const out = searchCommand({ query: '向量' }, reader({ lang: 'en' }).ctx());
    expect(out).toEqual({ text: expect.stringMatching(/^No matches for '向量'\.\n\d+ results? in the Chinese text: lm-explain search 向量 --lang zh\n/), exitCode: 1 });
  });

  test('--json: the results, their count and the other languages', () => {
    const hit = JSON.parse(text(searchCommand({ query: 'markov', json: true }, reader().ctx())));
    expect(hit.count).toBe(hit.results.length);
    expect(hit.results[0]).toMatchObject({ kind: 'term', ref: 'stages#slm', title: 'Markov assumption', inTitle: true });
    const miss = searchCommand({ query: '向量', json: true }, reader().ctx());
    expect(typeof miss === 'object' && miss.exitCode).toBe(1);
    const json = JSON.parse(typeof miss === 'object' ? miss.text : miss);
    expect(json).toMatchObject({ count: 0, results: [], lang: 'en' });
    expect(json.otherLanguages.zh).toBeGreaterThan(0);
  });
});

describe('hostile sizes', () => {
  test('a query over the cap is refused with a clear message, not a regular expression error', () => {
    const query = 'word '.repeat(20_000);
    expect(() => searchCommand({ query }, reader().ctx())).toThrow(UsageError);
    expect(() => searchCommand({ query }, reader().ctx())).toThrow(`longer than ${QUERY_MAX} characters`);
    expect(() => searchCommand({ query: 'x'.repeat(QUERY_MAX) }, reader().ctx())).not.toThrow();
  });

  test('a snippet of a text with 400,000 matches is made (it was quadratic: 80,000 took 24 s)', () => {
    const body = 'word '.repeat(400_000);
    const matches = createMatcher('word')(body);
    expect(matches).toHaveLength(400_000);
    const out = snippet(body, matches, 60, (s) => `[${s}]`);
    expect(out.startsWith('[word] [word]')).toBe(true);
    expect(out.endsWith('...')).toBe(true);
  });
});
