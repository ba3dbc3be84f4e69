import { describe, expect, it } from 'vitest';
import { lint, MINI, packFrom } from '../helpers.js';
import { zhCase } from './zh-helpers.js';

describe('zh-fullwidth-alnum', () => {
  it('makes full-width digits and letters half-width, in prose only', async () => {
    const r = await zhCase('zh-fullwidth-alnum', '发布于２０２４年的ＧＰＴ，代码 `ＧＰＴ` 不变');
    expect(r.at).toEqual(['13:4', '13:10']);
    expect(r.messages[0]).toBe("use half-width '2024' instead of '２０２４'");
    expect(r.fixed).toBe('发布于2024年的GPT，代码 `ＧＰＴ` 不变');
  });

  // Found by tests/lint/fix-property.test.ts: `２０)` made `20)` is an ordered list item, an edit --fix
  // refuses (it keeps the document's shape), so lint called the finding fixable and --fix left it.
  it('offers no fix that would turn the start of a line into a list, quote or heading marker', async () => {
    const lines = ['２０)', '> ３. 第三', '第２０) 条', 'ＧＰＴ. 模型'];
    const r = await zhCase('zh-fullwidth-alnum', lines.join('\n'));
    expect(r.at).toEqual(['13:1', '14:3', '15:2', '16:1']);
    expect(r.fixed.split('\n')).toEqual(['２０)', '> ３. 第三', '第20) 条', 'GPT. 模型']);
    const root = packFrom(MINI, { 'content/basics.zh.md': `---\nid: basics\ntitle: 基础\nsummary: 概念。\n---\n\n${lines.join('\n')}\n` });
    const shown = await lint(root, ['zh-fullwidth-alnum']);
    expect(shown.map((s) => `${s.at} ${s.fixable}`)).toEqual([
      'content/basics.zh.md:7:1 false',
      'content/basics.zh.md:8:3 false',
      'content/basics.zh.md:9:2 true',
      'content/basics.zh.md:10:1 true',
    ]);
  });
});
