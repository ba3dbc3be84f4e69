import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/lint/fixer.js';
import { punctuationIssues, repeatedIssues, spacingIssues, type Issue } from '../../../src/lint/text/typography.js';

/** The text with every issue's replacement applied. */
function fixed(text: string, issues: Issue[]): string {
  return applyEdits(text, issues.map((i) => ({ start: i.start, end: i.insert ? i.start : i.end, text: i.text })));
}

describe('spacingIssues', () => {
  it.each([
    ['中文English中文', '中文 English 中文'],
    ['使用GPT-3模型', '使用 GPT-3 模型'],
    ['第3章', '第 3 章'],
    ['共有175B参数', '共有 175B 参数'],
    ['𠀀A', '𠀀 A'], // an ideograph outside the BMP
  ])('%s -> %s', (text, want) => {
    expect(fixed(text, spacingIssues(text))).toBe(want);
  });

  it.each([
    ['2024年', 'a number and a Chinese unit'],
    ['3月5日', 'dates'],
    ['中文 English', 'an existing space'],
    ['15%的模型', 'a percent sign'],
    ['中文，English', 'full-width punctuation between'],
    ['中文😀English', 'an emoji between'],
    ['Ａ中', 'full-width letters'],
    ['English only', 'no Chinese'],
  ])('accepts %s (%s)', (text) => {
    expect(spacingIssues(text, { units: UNITS })).toEqual([]);
  });

  it('leaves a number written with a unit to zh-unit-spacing, on both sides (在2024年), unless units is empty', () => {
    expect(spacingIssues('在2024年发布', { units: UNITS })).toEqual([]);
    expect(fixed('在2024年发布', spacingIssues('在2024年发布', { units: '' }))).toBe('在 2024 年发布');
  });

  it('leaves short quoted literals (“𠮷a”) and, when asked, pairs across markup', () => {
    expect(spacingIssues('将“𠮷a”视为三个字符', { units: '' })).toEqual([]);
    expect(spacingIssues('使用GPT', { units: '', acrossMarkup: (i) => i === 2 })).toEqual([]);
  });
});

const UNITS = '年月日号天时分秒周';

describe('punctuationIssues', () => {
  it.each([
    ['你好,世界', '你好，世界'],
    ['你好, world', '你好，world'],
    ['真的吗?', '真的吗？'],
    ['好!', '好！'],
    ['好!!', '好！！'],
    ['注意:这里', '注意：这里'],
    ['第一;第二', '第一；第二'],
    ['结束.', '结束。'],
    ['这是GPT, 中文', '这是GPT，中文'],
  ])('%s -> %s', (text, want) => {
    expect(fixed(text, punctuationIssues(text))).toBe(want);
  });

  it.each([
    ['版本 3.5 发布', 'a decimal number'],
    ['Hello, world. 你好', 'English punctuation in English words'],
    ['他说“Hello, world”。', 'English inside quotes'],
    ['函数 f(x) 的值', 'function notation'],
    ['模型 GPT (Generative Pre-trained Transformer) 很大', 'an English parenthesis'],
    ['时间 10:30 开始', 'a time'],
    ['Node.js 很快', 'a dotted name'],
    ['等等..', 'two dots'],
    ['文件[单例.md]和（.class 文件）', 'file names and extensions'],
    ['在后面加 ? 可以', 'a literal mark after a space'],
    ['匹配\uFFFC? 可以', 'a mark after an escaped character'],
    ['- Author, [Title](url): 描述', 'an English lead-in (no Chinese before the mark on its line)'],
    ['绑定运算符（::）', 'a run of symbols (masked in runs, and not a single mark here)'],
  ])('accepts %s (%s)', (text) => {
    expect(punctuationIssues(text)).toEqual([]);
  });
});

describe('repeatedIssues', () => {
  it.each([
    ['太好了！！', '太好了！'],
    ['什么？？', '什么？'],
    ['结束。。', '结束。'],
    ['真的？？！！', '真的？！'],
  ])('%s -> %s', (text, want) => {
    expect(fixed(text, repeatedIssues(text))).toBe(want);
  });

  it.each([['省略……'], ['破折号——这样'], ['一个！'], ['？！']])('accepts %s', (text) => {
    expect(repeatedIssues(text)).toEqual([]);
  });
});
