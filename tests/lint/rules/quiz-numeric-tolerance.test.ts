import { describe, expect, it } from 'vitest';
import { MINI, lint, packFrom } from '../helpers.js';
import { Bank, brief, type QuestionSpec } from './quiz-bank.js';

const numeric = (id: string, answer: number, tolerance?: number): QuestionSpec => ({
  id,
  type: 'numeric',
  prompt: [`问题${id}？`, `Question ${id}?`],
  answer,
  ...(tolerance === undefined ? {} : { tolerance }),
  unit: ['个', 'parameters'],
});

describe('quiz-numeric-tolerance', () => {
  it('reports the question whose tolerance differs from the others for the same answer, in both message languages', async () => {
    const b = new Bank([numeric('a', 175e9, 0.05), numeric('b', 175e9, 0.05), numeric('c', 175e9)]);
    expect(brief(await b.lint('quiz-numeric-tolerance'))).toEqual([`${b.at('c.answer')} tolerance 0 here, but 0.05 in question basics/a with the same answer 175000000000`]);
    expect(brief(await b.lint('quiz-numeric-tolerance', undefined, 'zh'))).toEqual([`${b.at('c.answer')} 此处容差为 0，而答案同为 175000000000 的题目 basics/a 容差为 0.05`]);
  });

  it('compares across the banks of a pack, at the tolerance when there is one', async () => {
    const first = new Bank([numeric('a', 175e9, 0.01)]);
    const second = new Bank([numeric('b', 175e9, 0.1)]);
    const yaml2 = second.yaml.replace('id: basics', 'id: second');
    const root = packFrom(MINI, { 'quizzes/basics.yaml': first.yaml, 'quizzes/second.yaml': yaml2 });
    const shown = await lint(root, ['quiz-numeric-tolerance']);
    expect(shown.map((s) => `${s.at} ${s.message}`)).toEqual([`${second.at('b.tolerance').replace('basics.yaml', 'second.yaml')} tolerance 0.1 here, but 0.01 in question basics/a with the same answer 175000000000`]);
  });

  it.each([
    ['the same tolerance twice', [numeric('a', 175e9, 0.05), numeric('b', 175e9, 0.05)]],
    ['different answers with different tolerances', [numeric('a', 175e9, 0.05), numeric('b', 1.5e9)]],
  ])('is quiet on %s', async (_name, questions) => {
    expect(await new Bank(questions).lint('quiz-numeric-tolerance')).toEqual([]);
  });
});
