import { describe, expect, it } from 'vitest';
import { atLeastProbability } from '../../../src/lint/quiz/chance.js';
import { Bank, brief, type QuestionSpec } from './quiz-bank.js';

/** A three-choice question whose correct choice is (zh, en) longest or not. */
function q(id: string, longZh: boolean, longEn: boolean): QuestionSpec {
  return {
    id,
    type: 'single',
    prompt: [`问题${id}？`, `Question ${id}?`],
    choices: [
      { text: [longZh ? '一个写得很长很长的正确答案' : '对的', longEn ? 'A long and carefully qualified right answer' : 'Right'], correct: true },
      { text: ['错的一', 'Wrong one'] },
      { text: ['错的二', 'Wrong two'] },
    ],
  };
}

describe('quiz-longest-correct', () => {
  it('reports a bank where the correct choice is the longest in 6 of 6 (en and zh), at the first such choice', async () => {
    const b = new Bank(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => q(id, true, true)));
    expect(brief(await b.lint('quiz-longest-correct'))).toEqual([
      `${b.at('a.choices.0.zh')} the correct choice is the longest in 6 of 6 choice questions in this bank (zh); chance gives about 2.0 (p = 0.0014): a, b, c, d, e, f`,
      `${b.at('a.choices.0.en')} the correct choice is the longest in 6 of 6 choice questions in this bank (en); chance gives about 2.0 (p = 0.0014): a, b, c, d, e, f`,
    ]);
    expect(brief(await b.lint('quiz-longest-correct', undefined, 'zh'))[0]).toBe(
      `${b.at('a.choices.0.zh')} 本题库 6 道选择题中有 6 道的正确选项最长（zh），随机约为 2.0 道（p = 0.0014）：a, b, c, d, e, f`,
    );
  });

  it('reports one language only when only that language has the cue', async () => {
    const b = new Bank(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => q(id, false, true)));
    expect((await b.lint('quiz-longest-correct')).map((s) => s.at)).toEqual([b.at('a.choices.0.en')]);
  });

  it.each([
    ['the correct choice is longest in 2 of 6 (chance level)', (i: number) => i < 2],
    ['the correct choice is never the longest', () => false],
  ])('is quiet when %s', async (_name, long) => {
    const b = new Bank(['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => q(id, long(i), long(i))));
    expect(await b.lint('quiz-longest-correct')).toEqual([]);
  });

  it('is quiet on banks smaller than minQuestions, and reports them when the option is lowered', async () => {
    const b = new Bank(['a', 'b', 'c'].map((id) => q(id, true, true)));
    expect(await b.lint('quiz-longest-correct')).toEqual([]);
    expect(await b.lint('quiz-longest-correct', { minQuestions: 3, alpha: 0.05 })).toHaveLength(2);
  });

  it('computes the chance of at least k successes exactly', () => {
    expect(atLeastProbability([0.5, 0.5], 2)).toBeCloseTo(0.25, 12);
    expect(atLeastProbability([0.5, 0.5], 1)).toBeCloseTo(0.75, 12);
    expect(atLeastProbability([1 / 3, 1 / 4], 1)).toBeCloseTo(1 - (2 / 3) * (3 / 4), 12);
    expect(atLeastProbability([0.3], 0)).toBe(1);
  });
});
