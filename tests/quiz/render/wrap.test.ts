import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { quizMessages } from '../../../src/i18n/quiz.js';
import { renderHeader } from '../../../src/quiz/render/question.js';
import { helpLines, keysHelp } from '../../../src/quiz/prompts/frame.js';
import { promptStyle } from '../../../src/quiz/prompts/theme.js';
import { createPaint } from '../../../src/quiz/render/paint.js';
import { hanging, wrap, wrapParts } from '../../../src/quiz/render/wrap.js';

describe('wrap', () => {
  it('breaks Latin text at spaces', () => {
    expect(wrap('the quick brown fox jumps over the lazy dog', 16)).toEqual(['the quick brown', 'fox jumps over', 'the lazy dog']);
  });

  it('breaks CJK text between characters, by display width', () => {
    const lines = wrap('语言模型给词序列分配概率先有统计模型后有神经模型', 10);
    expect(lines.every((l) => stringWidth(l) <= 10)).toBe(true);
    expect(lines.join('')).toBe('语言模型给词序列分配概率先有统计模型后有神经模型');
  });

  it('never starts a line with closing punctuation, nor ends one with an opening quote', () => {
    const text = '提示的全部内容是：“法国 => 巴黎；日本 => 东京；意大利 =>”。大模型接着写出“罗马”。这主要体现了哪种能力？';
    for (const width of [20, 30, 40, 60, 80]) {
      const lines = wrap(text, width);
      for (const line of lines) {
        expect(stringWidth(line)).toBeLessThanOrEqual(width);
        expect(line).not.toMatch(/^[，。、；：？！）”’]/);
        expect(line).not.toMatch(/[“‘（]$/);
      }
    }
  });

  it('cuts a word longer than the line', () => {
    expect(wrap('abcdefghijkl', 8)).toEqual(['abcdefgh', 'ijkl']);
  });

  it('keeps line breaks of the text', () => {
    expect(wrap('one\ntwo', 80)).toEqual(['one', 'two']);
  });

  it('hangs continuation lines under the first', () => {
    expect(hanging('  a) ', 'alpha beta gamma delta', 16)).toEqual(['  a) alpha beta', '     gamma delta']);
  });
});

describe('wrapParts (a quiz intro, a question header)', () => {
  const zh = quizMessages('zh');
  const en = quizMessages('en');
  const texts = [
    zh.intro('大语言模型的四个阶段', 12, '123456'),
    zh.header(3, 12, '四个阶段', zh.points('2.5')),
    en.intro('The four stages of language models', 12, '123456'),
    en.header(3, 12, 'Stages', en.points('2.5')),
  ];

  it.each([12, 16, 20, 24, 30, 40])('at %i columns keeps every part that fits whole, a number with its unit', (width) => {
    for (const text of texts) {
      const lines = wrapParts(text, width);
      for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
      for (const part of text.split(' · ')) {
        if (stringWidth(part) + 2 <= width) expect(lines.some((line) => line.includes(part)), `${part} at ${width}: ${JSON.stringify(lines)}`).toBe(true);
      }
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });

  it('splits the zh intro between its parts, never inside 3 道题', () => {
    expect(wrapParts(zh.intro('阶段', 3, '12345'), 14)).toEqual(['阶段 ·', '3 道题 ·', '种子 12345']);
  });

  it('breaks a part wider than the line as plain text does', () => {
    const lines = wrapParts(zh.header(1, 2, '从统计语言模型到大语言模型的四个阶段', zh.points('0')), 16);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(16);
    expect(lines.join('')).toContain('目前 0 分');
  });

  it('renderHeader paints each wrapped line on its own', () => {
    const lines = renderHeader({ position: 3, total: 12, topicName: '四个阶段', score: 2.5 }, zh, createPaint(1), 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toMatch(/^\u001b\[2m.*\u001b\[22m$/);
  });
});

describe('the prompts’ key help', () => {
  it.each([12, 16, 20, 24, 30])('at %i columns keeps each key with what it does (zh and en)', (width) => {
    const style = promptStyle(createPaint(0));
    for (const lang of ['zh', 'en'] as const) {
      const t = quizMessages(lang);
      for (const base of [t.singleHelp, t.multipleHelp, t.numericHelp]) {
        const text = keysHelp(base, { skip: t.skipKey, back: t.backKey });
        const lines = helpLines(style, text, width);
        for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(Math.max(8, width));
        for (const part of text.split(' · ')) {
          if (stringWidth(part) + 2 <= width) expect(lines.some((line) => line.includes(part)), `${part} at ${width}: ${JSON.stringify(lines)}`).toBe(true);
        }
      }
    }
  });
});
