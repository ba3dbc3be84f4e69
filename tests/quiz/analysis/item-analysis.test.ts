import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_THRESHOLDS, type PackQuestion } from '../../../src/quiz/analysis/item-analysis.js';
import { questionHash } from '../../../src/quiz/analysis/question-hash.js';
import { parseResults, type Attempt } from '../../../src/quiz/analysis/results.js';
import { packQuestions, simulateClass } from './simulated-class.js';

const questions = packQuestions();
const pack = new Map<string, PackQuestion>(questions.map((q) => [`basics/${q.id}`, { question: q, hash: questionHash(q) }]));
const attemptsOf = (results: object[]): Attempt[] =>
  results.flatMap((r, i) => {
    const parsed = parseResults(JSON.stringify(r), `learner-${i + 1}.json`);
    if (!parsed.ok) throw new Error(parsed.why);
    return parsed.attempts;
  });

describe('item analysis of a simulated class of 200', () => {
  const analysis = analyze(attemptsOf(simulateClass(200, 'class-2026')), pack);
  const flagged = analysis.items.filter((i) => i.flags.length > 0).map((i) => `${i.key} ${i.flags.join(',')}`);

  it('flags the planted items, and no other, at the default thresholds', () => {
    expect(flagged).toEqual(['basics/easy-one easy', 'basics/miskeyed negative', 'basics/dead-distractor unused-distractor']);
  });

  it('flags the same items for other seeds of the class', () => {
    for (const seed of ['a', 'b', 'c']) {
      const other = analyze(attemptsOf(simulateClass(200, seed)), pack);
      expect(other.items.filter((i) => i.flags.length > 0).map((i) => i.key)).toEqual(['basics/easy-one', 'basics/miskeyed', 'basics/dead-distractor']);
    }
  });

  it('reports attempts, facility, discrimination, the 27% index and choice counts that fit the class', () => {
    expect(analysis.attempts).toBe(200);
    const byKey = new Map(analysis.items.map((i) => [i.key, i]));
    const easy = byKey.get('basics/easy-one')!;
    expect([easy.attempts, easy.facility, easy.discrimination]).toEqual([200, 1, null]);
    const miskeyed = byKey.get('basics/miskeyed')!;
    expect(miskeyed.discrimination!).toBeLessThan(-0.1);
    expect(miskeyed.upperLower!).toBeLessThan(0);
    const sound = byKey.get('basics/split-first')!;
    expect(sound.discrimination!).toBeGreaterThan(0.2);
    expect(sound.upperLower!).toBeGreaterThan(0.3);
    expect(sound.facility).toBeGreaterThan(0.3);
    expect(sound.facility).toBeLessThan(0.8);
    const dead = byKey.get('basics/dead-distractor')!;
    expect(dead.choices!.map((c) => c.count)[3]).toBe(0);
    expect(dead.choices!.reduce((sum, c) => sum + c.count, 0)).toBe(200);
    expect(dead.choices!.map((c) => c.correct)).toEqual([true, false, false, false]);
  });

  it('flags nothing below minAttempts', () => {
    const small = analyze(attemptsOf(simulateClass(10, 'class-2026')), pack);
    expect(small.items.flatMap((i) => i.flags)).toEqual([]);
    expect(analyze(attemptsOf(simulateClass(10, 'class-2026')), pack, { ...DEFAULT_THRESHOLDS, minAttempts: 5 }).items.some((i) => i.flags.includes('easy'))).toBe(true);
  });
});

describe('version matching', () => {
  const results = simulateClass(40, 'versions') as { questions: { id: string; hash: string; points: number }[] }[];

  it('analyses apart the results of a question that changed since (another hash), and those not in the pack', () => {
    // The first 10 learners answered an older "split-first" and a question since removed.
    results.slice(0, 10).forEach((r) => {
      r.questions.find((q) => q.id === 'split-first')!.hash = 'aaaaaaaaaaaa';
      r.questions.push({ ...r.questions[0]!, id: 'removed', hash: 'bbbbbbbbbbbb' });
    });
    const analysis = analyze(attemptsOf(results), pack);
    const rows = analysis.items.map((i) => `${i.key} ${i.version} ${i.attempts}`);
    expect(rows).toContain('basics/split-first current 30');
    expect(rows.slice(-2)).toEqual(['basics/split-first changed 10', 'basics/removed unknown 10']);
  });

  it('matches results without a hash (a history) by id, type and choices that exist', () => {
    const history = [{ id: 'a1', questions: [{ key: 'basics/miskeyed', type: 'single' }, { key: 'basics/easy-one', type: 'single' }], answers: [
      { key: 'basics/miskeyed', points: 0, response: { type: 'single', choice: 0 } },
      { key: 'basics/easy-one', points: 0, response: { type: 'single', choice: 7 } },
    ] }];
    const parsed = parseResults(JSON.stringify(history), 'history.json');
    expect(parsed.ok && parsed.attempts[0]!.source).toBe('history.json#1');
    const analysis = analyze(parsed.ok ? parsed.attempts : [], pack);
    expect(analysis.items.map((i) => `${i.key} ${i.version}`)).toEqual(['basics/miskeyed current', 'basics/easy-one changed']);
  });
});

describe('reading results', () => {
  it.each([
    ['not JSON', '{', /JSON/],
    ['a result of another format', '{"format":"something-else"}', /format is "something-else", not lm-quiz-result\/1/],
    ['neither a result nor a history', '{"a":1}', /neither/],
    ['points out of range', '{"format":"lm-quiz-result/1","questions":[{"id":"q","quiz":"x","type":"single","points":2,"answer":0}]}', /questions\.0\.points/],
  ])('refuses %s with a reason', (_name, text, why) => {
    const parsed = parseResults(text, 'f.json');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.why).toMatch(why);
  });
});
