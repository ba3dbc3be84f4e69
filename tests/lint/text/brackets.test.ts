import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/lint/fixer.js';
import { brackets } from '../../../src/lint/text/brackets.js';
import { CODE, OPAQUE } from '../../../src/lint/text/run.js';
import type { Issue } from '../../../src/lint/text/typography.js';

const fixed = (text: string, issues: Issue[]) => applyEdits(text, issues.map((i) => ({ start: i.start, end: i.insert ? i.start : i.end, text: i.text })));

describe('brackets (bracket-width)', () => {
  it.each([
    ['模型(GPT)很大', '模型（GPT）很大'],
    ['模型 (大) 很大', '模型（大）很大'],
    ['(注意)这里', '（注意）这里'],
    ['视图（甲和乙)来读写', '视图（甲和乙）来读写'],
    [`使用${CODE}(后者提供转码)，`, `使用${CODE}（后者提供转码），`],
  ])('full: %s -> %s', (text, want) => {
    expect(fixed(text, brackets(text, 'full'))).toBe(want);
  });

  it.each([
    ['函数 f(x) 的值', 'function notation'],
    ['$(指令)的结果', 'shell substitution after a symbol'],
    [`${OPAQUE}(指令)的结果`, 'after an escaped character'],
    ['1) 项目符号', 'a lone parenthesis with no full-width partner'],
  ])('full accepts %s (%s)', (text) => {
    expect(brackets(text, 'full')).toEqual([]);
  });

  it.each([
    ['key（string 或者 Symbol）', 'key (string 或者 Symbol)'],
    ['4（测试）', '4 (测试)'],
    ['工厂函数（factory function）使得', '工厂函数 (factory function) 使得'],
    ['（前提是已经定义），', '(前提是已经定义)，'],
    ['函数(factory)使得', '函数 (factory) 使得'],
  ])('half: %s -> %s', (text, want) => {
    expect(fixed(text, brackets(text, 'half'))).toBe(want);
  });

  it('any: changes nothing', () => {
    expect(brackets('模型(GPT)很大（甲）', 'any')).toEqual([]);
  });
});
