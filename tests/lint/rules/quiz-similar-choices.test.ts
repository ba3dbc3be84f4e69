import { describe, expect, it } from 'vitest';
import { Bank, brief, type QuestionSpec, type Text } from './quiz-bank.js';

const q = (a: Text, b: Text): QuestionSpec => ({
  id: 'c',
  type: 'single',
  prompt: ['哪一项对？', 'Which is right?'],
  choices: [{ text: ['完全不同的第一项', 'Something else entirely'], correct: true }, { text: a }, { text: b }],
});

describe('quiz-similar-choices', () => {
  it('reports choices equal but for punctuation, case and spacing, at the later one', async () => {
    const b = new Bank([q(['预测下一个词元', 'Predict the next token'], ['预测下一个词元。', 'predict the next-token.'])]);
    expect(brief(await b.lint('quiz-similar-choices'))).toEqual([
      `${b.at('c.choices.2.zh')} choice '预测下一个词元。' is nearly the same as '预测下一个词元'`,
      `${b.at('c.choices.2.en')} choice 'predict the next-token.' is nearly the same as 'Predict the next token'`,
    ]);
    expect(brief(await b.lint('quiz-similar-choices', undefined, 'zh'))[0]).toBe(`${b.at('c.choices.2.zh')} 选项“预测下一个词元。”与“预测下一个词元”几乎相同`);
  });

  it('reports one word spelt a letter differently (masked language modelling / modeling), and zh punctuation differences', async () => {
    const b = new Bank([q(['掩码语言模型', 'Masked language modelling'], ['掩码语言模型！', 'Masked language modeling'])]);
    expect((await b.lint('quiz-similar-choices')).map((s) => s.at)).toEqual([b.at('c.choices.2.zh'), b.at('c.choices.2.en')]);
  });

  it.each([
    ['choices whose numbers differ', ['GPT-2 有 15 亿参数', 'GPT-2 has 1.5 billion parameters'], ['GPT-3 有 15 亿参数', 'GPT-3 has 1.5 billion parameters']],
    ['minimal pairs (编码器 / 解码器, encoder / decoder)', ['编码器', 'The encoder'], ['解码器', 'The decoder']],
    ['sentences that differ in one real word', ['注意力机制和采样温度配合使用', 'The quality of emergent abilities directly affects compute'], ['注意力机制和采样配合使用', 'The quality of emergent abilities directly affects prompts']],
    ['exact duplicates (the answers rule reports those)', ['同一个', 'Same one'], ['同一个', 'same one']],
  ])('is quiet on %s', async (_name, a, b) => {
    expect(await new Bank([q(a as Text, b as Text)]).lint('quiz-similar-choices')).toEqual([]);
  });

  it('takes the letters a spelling may differ by from options (Chinese is compared whole)', async () => {
    const b = new Bank([q(['编码器结构', 'the encoder part'], ['解码器结构', 'the decoder part'])]);
    expect(await b.lint('quiz-similar-choices')).toEqual([]);
    expect((await b.lint('quiz-similar-choices', { spellingEdits: 2 })).map((s) => s.at)).toEqual([b.at('c.choices.2.en')]);
  });
});
