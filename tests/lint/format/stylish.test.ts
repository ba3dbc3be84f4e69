import { describe, expect, it } from 'vitest';
import { stylish } from '../../../src/lint/format/stylish.js';
import { CWD, FINDINGS, ctx } from './findings.js';

describe('stylish', () => {
  it('groups by file, shows file:line:col, severity, message and rule, then the summary', () => {
    expect(stylish(FINDINGS, ctx())).toBe(
      [
        'content/a.zh.md',
        "  content/a.zh.md:3:5  warning  add a space in '文E' between Chinese and Latin letters or digits  zh-spacing",
        "  content/a.zh.md:9:1  error    section '空' is empty                                         empty-section", // messages are padded to at most 60 columns ('空' is two wide)
        '',
        'quizzes/q.yaml',
        '  quizzes/q.yaml:12:7  error    2 correct choices, 100% wrong: see next line  answers',
        '',
        '✖ 2 errors, 1 warning',
        '  1 fixable with --fix',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for a clean pack', () => {
    expect(stylish([], ctx())).toBe('');
  });

  it('speaks Chinese when asked', () => {
    expect(stylish(FINDINGS, ctx({ lang: 'zh' }))).toContain('✖ 2 个错误，1 个警告\n  其中 1 个可用 --fix 自动修复');
  });

  it('removes terminal escapes that come from a pack, and colours only when asked', () => {
    const hostile = [{ ...FINDINGS[1]!, message: "section '\u001b]0;pwned\u0007\u001b[31mx' is empty" }];
    const plain = stylish(hostile, ctx());
    expect(plain).not.toMatch(/\u001b/);
    expect(plain).toContain("section 'x' is empty");
    expect(stylish(hostile, ctx({ color: 1 }))).toMatch(/\u001b\[31m/);
  });

  it('shows files outside the working directory with their absolute path', () => {
    expect(stylish([{ ...FINDINGS[1]!, file: '/elsewhere/b.md' }], ctx({ cwd: CWD }))).toContain('/elsewhere/b.md:9:1');
  });
});
