import { describe, expect, it } from 'vitest';
import { zhCase } from './zh-helpers.js';

describe('zh-quotes', () => {
  it('keeps quotes as written by default', async () => {
    expect((await zhCase('zh-quotes', '他说“好”，又说「行」和\'是\'')).at).toEqual([]);
  });

  it('curly: corner and straight quotes around Chinese become curly; apostrophes stay', async () => {
    const r = await zhCase('zh-quotes', '他说「好」，返回\'是\'，user\'s 不变', 'conventions: { quote-style: curly }\n');
    expect(r.fixed).toBe('他说“好”，返回‘是’，user\'s 不变');
  });

  it('corner: curly quotes become corner brackets', async () => {
    expect((await zhCase('zh-quotes', '他说“好”和‘行’', 'conventions: { quote-style: corner }\n')).fixed).toBe('他说「好」和『行』');
  });

  it('quote-spacing outside (zhlint): a space outside curly quotes next to a word', async () => {
    const r = await zhCase('zh-quotes', '中文‘中文’中文', 'conventions: { quote-spacing: outside }\n');
    expect(r.fixed).toBe('中文 ‘中文’ 中文');
  });
});
