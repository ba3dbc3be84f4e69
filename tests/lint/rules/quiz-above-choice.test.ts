import { describe, expect, it } from 'vitest';
import { Bank, brief, type QuestionSpec, type Text } from './quiz-bank.js';

const q = (last: Text, type: 'single' | 'multiple' = 'single'): QuestionSpec => ({
  id: 'c',
  type,
  prompt: ['哪些是模型？', 'Which are models?'],
  choices: [{ text: ['GPT-3', 'GPT-3'], correct: true }, { text: ['BERT', 'BERT'] }, { text: last }],
});

describe('quiz-above-choice', () => {
  it('reports "all of the above" and 以上都是 at the choice, in both message languages', async () => {
    const b = new Bank([q(['以上都是', 'All of the above'])]);
    expect(brief(await b.lint('quiz-above-choice'))).toEqual([
      `${b.at('c.choices.2.zh')} '以上都是' refers to the other choices, which are shown shuffled; write each choice to stand on its own`,
      `${b.at('c.choices.2.en')} 'All of the above' refers to the other choices, which are shown shuffled; write each choice to stand on its own`,
    ]);
    expect(brief(await b.lint('quiz-above-choice', undefined, 'zh'))[0]).toBe(`${b.at('c.choices.2.zh')} “以上都是”指向其他选项，而选项会被打乱；每个选项都应能独立成立`);
  });

  it.each([
    [['以上都不是', 'None of the above']],
    [['以上皆非', 'none of these']],
    [['以上选项均正确', 'All the above']],
    [['以上全部', 'Both of the above']],
  ] as const)('reports %j', async (text) => {
    expect(await new Bank([q([...text], 'multiple')]).lint('quiz-above-choice')).toHaveLength(2);
  });

  it.each([
    [['所有以上提到的模型都很大', 'Models above a billion parameters']],
    [['以上一代模型', 'It is all about data']],
    [['全部参数', 'None']],
  ] as const)('is quiet on %j', async (text) => {
    expect(await new Bank([q([...text])]).lint('quiz-above-choice')).toEqual([]);
  });

  it('takes its patterns from options', async () => {
    const b = new Bank([q(['都行', 'Any of them'])]);
    expect(await b.lint('quiz-above-choice')).toEqual([]);
    expect(await b.lint('quiz-above-choice', { patterns: { en: ['^any of them$'], zh: ['^都行$'] } })).toHaveLength(2);
  });
});
