import { describe, expect, it } from 'vitest';
import { Bank, brief, type QuestionSpec } from './quiz-bank.js';

const tf = (id: string, answer: boolean): QuestionSpec => ({ id, type: 'truefalse', prompt: [`陈述${id}。`, `Statement ${id}.`], answer });
const bank = (...answers: boolean[]) => new Bank(answers.map((a, i) => tf(`s${i + 1}`, a)));

describe('quiz-truefalse-balance', () => {
  it('reports four false answers out of four, at the first one, in English and in Chinese', async () => {
    const b = bank(false, false, false, false);
    expect(brief(await b.lint('quiz-truefalse-balance'))).toEqual([
      `${b.at('s1.answer')} 4 of the 4 true/false answers in this bank are false; at most 70% one way, or answering "false" every time passes`,
    ]);
    expect(brief(await b.lint('quiz-truefalse-balance', undefined, 'zh'))).toEqual([
      `${b.at('s1.answer')} 本题库 4 道判断题中有 4 道答案为“错误”；同一答案最多占 70%，否则一律答“错误”也能及格`,
    ]);
  });

  it('reports a true-heavy bank at its first true answer (4 of 5 = 80%)', async () => {
    const b = bank(false, true, true, true, true);
    expect(brief(await b.lint('quiz-truefalse-balance'))).toEqual([
      `${b.at('s2.answer')} 4 of the 5 true/false answers in this bank are true; at most 70% one way, or answering "true" every time passes`,
    ]);
  });

  it.each([
    ['three items, all false (below minItems)', [false, false, false]],
    ['two of four each way', [true, false, false, true]],
    ['seven of ten false (exactly 70%)', [false, false, false, false, false, false, false, true, true, true]],
  ])('is quiet on %s', async (_name, answers) => {
    expect(await bank(...answers).lint('quiz-truefalse-balance')).toEqual([]);
  });

  it('takes its thresholds from options', async () => {
    expect(await bank(false, false, false).lint('quiz-truefalse-balance', { minItems: 3 })).toHaveLength(1);
    expect(await bank(false, false, false, true).lint('quiz-truefalse-balance', { maxShare: 0.75 })).toEqual([]);
  });

  it('is a warning', async () => {
    expect((await bank(false, false, false, false).lint('quiz-truefalse-balance'))[0]?.severity).toBe('warning');
  });
});
