import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { hanging, wrap } from '../../../src/quiz/render/wrap.js';

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
