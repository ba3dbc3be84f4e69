/** The topic menu's choices, laid out for Inquirer's select: wrapped under their text, a count kept whole. */
import { describe, expect, it } from 'vitest';
import { quizMessages } from '../../../src/i18n/quiz.js';
import { choiceLines } from '../../../src/quiz/prompts/prompter.js';
import { displayWidth } from '../../../src/text/width.js';

describe('menu choices', () => {
  const zh = quizMessages('zh');
  const en = quizMessages('en');
  const names = [zh.topicChoice('模型怎样写出文字', 9), zh.topicChoice('从 GPT-3 到 ChatGPT', 8), zh.allTopics(86), en.topicChoice('How a model writes', 9), en.topicChoice('What models cannot do', 8), en.reviewChoice(12)];

  it.each([20, 26, 40])('at %i columns each line fits after the cursor, and a bracketed count is never split', (width) => {
    for (const name of names) {
      const lines = choiceLines(name, width);
      for (const line of lines) expect(displayWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width - 2);
      const count = /（[^）]*）|\([^)]*\)/.exec(name)?.[0];
      if (count) expect(lines.some((line) => line.includes(count)), `${width}: ${JSON.stringify(lines)}`).toBe(true);
      expect(lines.join('').replace(/\s/g, '')).toBe(name.replace(/\s/g, ''));
    }
  });

  it('a choice that fits stays one line', () => {
    expect(choiceLines(zh.topicChoice('发展阶段', 21), 40)).toEqual(['发展阶段（21 道题）']);
    expect(choiceLines(en.topicChoice('How a model writes', 9), 26)).toEqual(['How a model writes', '(9 questions)']);
  });
});
