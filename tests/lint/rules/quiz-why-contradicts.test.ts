import { describe, expect, it } from 'vitest';
import { Bank, brief, type QuestionSpec, type Text } from './quiz-bank.js';

const single = (rightWhy: Text | undefined, wrongWhy: Text | undefined): QuestionSpec => ({
  id: 'c',
  type: 'single',
  prompt: ['哪一项对？', 'Which is right?'],
  choices: [
    { text: ['预测下一个词元', 'Predicting the next token'], correct: true, ...(rightWhy ? { why: rightWhy } : {}) },
    { text: ['数单词', 'Counting words'], ...(wrongWhy ? { why: wrongWhy } : {}) },
  ],
});
const tf = (answer: boolean, explain: Text): QuestionSpec => ({ id: 's', type: 'truefalse', prompt: ['陈述。', 'A statement.'], answer, explain });

describe('quiz-why-contradicts', () => {
  it("reports a wrong choice whose why opens 'Correct' and a correct choice whose why opens 'Wrong'", async () => {
    const b = new Bank([single(['错误。这是模型的工作。', 'Wrong: that is what it does.'], ['正确！模型会数单词。', 'Correct! It counts words.'])]);
    expect(brief(await b.lint('quiz-why-contradicts'))).toEqual([
      `${b.at('c.choices.0.why.zh')} this choice is marked correct, but its feedback opens with '错误'`,
      `${b.at('c.choices.0.why.en')} this choice is marked correct, but its feedback opens with 'Wrong'`,
      `${b.at('c.choices.1.why.zh')} this choice is marked wrong, but its feedback opens with '正确'`,
      `${b.at('c.choices.1.why.en')} this choice is marked wrong, but its feedback opens with 'Correct'`,
    ]);
    expect(brief(await b.lint('quiz-why-contradicts', undefined, 'zh'))[0]).toBe(`${b.at('c.choices.0.why.zh')} 此选项标为正确，反馈却以“错误”开头`);
  });

  it('reports a true/false explain that opens with the other verdict', async () => {
    const b = new Bank([tf(true, ['错。模型并不这样做。', 'False. Models do not do that.'])]);
    expect(brief(await b.lint('quiz-why-contradicts'))).toEqual([
      `${b.at('s.explain.zh')} the answer is true, but the explanation opens with '错'`,
      `${b.at('s.explain.en')} the answer is true, but the explanation opens with 'False'`,
    ]);
    expect(brief(await b.lint('quiz-why-contradicts', undefined, 'zh'))[1]).toBe(`${b.at('s.explain.en')} 答案为正确，解析却以“False”开头`);
  });

  it.each([
    ['agreeing feedback', single(['对，这正是它的工作。', 'Right, that is its job.'], ['不对，它不数单词。', 'No, it does not count words.'])],
    ['feedback with no verdict up front', single(['模型预测下一个词元。', 'Models predict the next token.'], ['对于计数，模型并不擅长。', 'No model counts words.'])],
    ['a true/false explain that agrees', tf(false, ['错误。它不会这样。', 'False: it does not.'])],
    ['a verdict word that starts a longer word (正确答案, Truest)', tf(false, ['正确答案是否定的。', 'Truest to say: no.'])],
  ])('is quiet on %s', async (_name, question) => {
    expect(await new Bank([question]).lint('quiz-why-contradicts')).toEqual([]);
  });

  it('takes its verdict words from options', async () => {
    const b = new Bank([tf(true, ['不然。', 'Nope. Not so.'])]);
    expect(await b.lint('quiz-why-contradicts', { verdicts: { en: { yes: [], no: ['not so'] }, zh: { yes: [], no: ['不然'] } } })).toHaveLength(1);
    expect(await b.lint('quiz-why-contradicts', { verdicts: { en: { yes: [], no: ['nope'] }, zh: { yes: [], no: ['不然'] } } })).toHaveLength(2);
  });
});
