import { describe, expect, it } from 'vitest';
import { numbersIn } from '../../../src/lint/quiz/numbers-in-text.js';
import { Bank, brief, type QuestionSpec, type Text } from './quiz-bank.js';

const numeric = (id: string, prompt: Text, answer: number, extra: Partial<{ tolerance: number; unit: Text }> = {}): QuestionSpec => ({ id, type: 'numeric', prompt, answer, ...extra });
const tf = (id: string, prompt: Text): QuestionSpec => ({ id, type: 'truefalse', prompt, answer: true });
const single = (prompt: Text, right: Text, wrong: Text[]): QuestionSpec => ({
  id: 'c',
  type: 'single',
  prompt,
  choices: [{ text: right, correct: true }, ...wrong.map((text) => ({ text }))],
});

describe('quiz-answer-revealed', () => {
  it.each([
    ['175B', '1750亿'],
    ['175 billion', '1750 亿'],
    ['175,000,000,000', '1.75千亿'],
    ['1.75e11', '175000000000'],
  ])('reports a numeric answer written in its own prompt as %s / %s', async (en, zh) => {
    const b = new Bank([numeric('p', [`GPT-3 有 ${zh} 个参数，是多少？`, `GPT-3 has ${en} parameters; how many is that?`], 175e9)]);
    expect(brief(await b.lint('quiz-answer-revealed'))).toEqual([
      `${b.at('p.prompt.zh')} the answer is written in the question's own prompt ('${zh}')`,
      `${b.at('p.prompt.en')} the answer is written in the question's own prompt ('${en}')`,
    ]);
  });

  it('reports a numeric answer in the unit, and in another question of the bank, in Chinese messages too', async () => {
    const b = new Bank([
      numeric('p', ['GPT-3 有多少个参数？', 'How many parameters has GPT-3?'], 175e9, { unit: ['个（约 1750 亿）', 'parameters (about 175B)'] }),
      tf('t', ['GPT-3 有 1750 亿个参数。', 'GPT-3 has 175 billion parameters.']),
    ]);
    expect(brief(await b.lint('quiz-answer-revealed', undefined, 'zh'))).toEqual([
      `${b.at('p.answer')} 答案写在了本题库的题目 t 中（“1750 亿”），学习者可能先看到它`,
      `${b.at('p.unit.zh')} 答案写在了本题的单位里（“1750 亿”）`,
      `${b.at('p.unit.en')} 答案写在了本题的单位里（“175B”）`,
    ]);
  });

  it('reports a correct choice quoted in the prompt when no wrong choice is', async () => {
    const b = new Bank([single(['自注意力机制让每个词元关注其他词元，这种机制叫什么？', 'Self-attention lets each token attend to the others. What is this mechanism called?'], ['自注意力', 'self-attention'], [['卷积', 'convolution'], ['循环', 'recurrence']])]);
    expect(brief(await b.lint('quiz-answer-revealed'))).toEqual([
      `${b.at('c.prompt.zh')} the prompt quotes the correct choice '自注意力' and no wrong choice`,
      `${b.at('c.prompt.en')} the prompt quotes the correct choice 'self-attention' and no wrong choice`,
    ]);
  });

  it.each([
    ['a number that is not the answer', [numeric('p', ['GPT-2 有 15 亿参数，GPT-3 有多少？', 'GPT-2 has 1.5B; how many has GPT-3?'], 175e9)]],
    ['a small answer (3) written in another question', [numeric('p', ['有几个阶段？', 'How many stages?'], 3), tf('t', ['这 3 个阶段依次出现。', 'The 3 stages came in turn.'])]],
    ['a quoted wrong choice beside the right one', [single(['自注意力与卷积，哪个是 Transformer 的核心？', 'Self-attention or convolution: which is at the core?'], ['自注意力', 'self-attention'], [['卷积', 'convolution']])]],
    ['a short correct choice (under minChoiceWidth)', [single(['是 A 还是别的？', 'Is it a or another?'], ['A', 'a'], [['乙', 'b']])]],
  ])('is quiet on %s', async (_name, questions) => {
    expect(await new Bank(questions as QuestionSpec[]).lint('quiz-answer-revealed')).toEqual([]);
  });

  it('looks for small answers in other questions from otherQuestionsFrom', async () => {
    const b = new Bank([numeric('p', ['有几个阶段？', 'How many stages?'], 3), tf('t', ['这 3 个阶段依次出现。', 'The 3 stages came in turn.'])]);
    expect(await b.lint('quiz-answer-revealed', { otherQuestionsFrom: 0 })).toHaveLength(1);
  });

  it('is quiet on a digit of a model name (GPT-3) near the answer', async () => {
    const b = new Bank([numeric('p', ['GPT-3 的分词器平均每个词元几个字符？', 'How many characters per token for the GPT-3 tokenizer?'], 3.1, { tolerance: 0.05 })]);
    expect(await b.lint('quiz-answer-revealed')).toEqual([]);
  });

  it('reads numbers in text the way the quiz reads answers', () => {
    expect(numbersIn('GPT-3 有1750亿个参数, 或 175B, 或 1.75e11; GPT-2: 1.5 billion, 2019 年, Qwen2, -4').map((n) => n.value)).toEqual([175e9, 175e9, 1.75e11, 1.5e9, 2019, 4]);
  });
});
