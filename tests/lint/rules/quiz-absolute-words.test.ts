import { describe, expect, it } from 'vitest';
import { Bank, brief, type QuestionSpec, type Text } from './quiz-bank.js';

const tf = (prompt: Text, answer: boolean): QuestionSpec => ({ id: 's', type: 'truefalse', prompt, answer });
const single = (right: Text, wrong: Text): QuestionSpec => ({
  id: 'c',
  type: 'single',
  prompt: ['哪一项对？', 'Which is right?'],
  choices: [{ text: right, correct: true }, { text: wrong }, { text: ['第三项', 'A third one'] }],
});

describe('quiz-absolute-words', () => {
  it('reports absolute words in a false statement, in each language, at its text', async () => {
    const b = new Bank([tf(['模型总是给出正确答案。', 'The model always gives the right answer.'], false)]);
    expect(brief(await b.lint('quiz-absolute-words'))).toEqual([
      `${b.at('s.prompt.zh')} the false statement says '总是': an absolute word gives away that it is false; qualify it, or use the word in true statements too`,
      `${b.at('s.prompt.en')} the false statement says 'always': an absolute word gives away that it is false; qualify it, or use the word in true statements too`,
    ]);
    expect(brief(await b.lint('quiz-absolute-words', undefined, 'zh'))[0]).toBe(
      `${b.at('s.prompt.zh')} 答案为“错误”的陈述含绝对化词语“总是”，等于提示它是错的；请改写，或让正确的陈述也用这类词`,
    );
  });

  it.each([
    ['绝不', 'never', ['模型绝不会出错。', 'A model never makes mistakes.']],
    ['唯一', 'only', ['这是唯一的方法。', 'This is the only way.']],
    ['所有', 'all', ['所有模型都开源。', 'All models are open.']],
    ['从不', 'none', ['它从不犯错。', 'None of them fail.']],
    ['一定', 'none', ['它一定会成功。', 'None can fail.']],
  ] as const)('reports %s / %s', async (zh, en, prompt) => {
    const shown = await new Bank([tf([...prompt], false)]).lint('quiz-absolute-words');
    expect(shown.map((s) => s.message.split("'")[1])).toEqual([zh, en]);
  });

  it('reports a wrong choice with an absolute word when no correct choice has one', async () => {
    const b = new Bank([single(['通常如此', 'Usually'], ['总是如此', 'Always'])]);
    expect(brief(await b.lint('quiz-absolute-words'))).toEqual([
      `${b.at('c.choices.1.zh')} the wrong choice says '总是' and no correct choice has an absolute word: it gives away that this choice is wrong`,
      `${b.at('c.choices.1.en')} the wrong choice says 'always' and no correct choice has an absolute word: it gives away that this choice is wrong`,
    ]);
  });

  it.each([
    ['a true statement with an absolute word', tf(['所有词元都有编号。', 'Every token has an id.'], true)],
    ['a false statement with none', tf(['模型会读图片。', 'The model reads pictures.'], false)],
    ['hedges: not always, 不一定, 一定程度', tf(['模型不一定正确，只在一定程度上可靠。', 'The model is not always right.'], false)],
    ['words inside other words (install, overall, allow)', tf(['安装很容易。', 'Installing it overall allows reuse.'], false)],
    ['absolute words in the correct choice too', single(['总是这样', 'Always so'], ['从不这样', 'Never so'])],
  ])('is quiet on %s', async (_name, question) => {
    expect(await new Bank([question]).lint('quiz-absolute-words')).toEqual([]);
  });

  it('takes its word lists from options', async () => {
    const b = new Bank([tf(['模型必定成功。', 'The model surely succeeds.'], false)]);
    expect(await b.lint('quiz-absolute-words')).toEqual([]);
    expect(await b.lint('quiz-absolute-words', { words: { en: ['surely'], zh: ['必定'] } })).toHaveLength(2);
  });
});
