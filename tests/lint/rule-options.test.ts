import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/registry.js';
import { MINI, lint } from './helpers.js';

describe('rule options (meta.options)', () => {
  const withOptions = RULES.filter((r) => r.meta.options);

  it('every quiz-quality rule with thresholds declares them', () => {
    expect(withOptions.map((r) => r.meta.id)).toEqual([
      'quiz-truefalse-balance',
      'quiz-longest-correct',
      'quiz-absolute-words',
      'quiz-answer-revealed',
      'quiz-above-choice',
      'quiz-similar-choices',
      'quiz-why-contradicts',
    ]);
  });

  it.each(withOptions.map((r) => [r.meta.id, r] as const))('%s: {} parses to its defaults, and unknown values are refused', (_id, rule) => {
    const defaults = rule.meta.options!.parse({}) as Record<string, unknown>;
    expect(Object.keys(defaults).length).toBeGreaterThan(0);
    for (const value of Object.values(defaults)) expect(value).not.toBeUndefined();
    const key = Object.keys(defaults)[0]!;
    expect(rule.meta.options!.safeParse({ [key]: 'not this' }).success).toBe(false);
  });

  it('a bad option that reaches the runner is one finding of that rule, and the other rules still run', async () => {
    const shown = await lint(MINI, ['quiz-truefalse-balance', 'answers'], { ruleOptions: { 'quiz-truefalse-balance': { maxShare: 7 } } });
    expect(shown).toEqual([expect.objectContaining({ at: 'content/course.yaml:1:1', rule: 'quiz-truefalse-balance', severity: 'error' })]);
  });
});
