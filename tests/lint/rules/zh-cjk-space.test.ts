import { describe, expect, it } from 'vitest';
import { zhCase } from './zh-helpers.js';

describe('zh-cjk-space', () => {
  it('is off by default', async () => {
    expect((await zhCase('zh-cjk-space', '中文 中文')).at).toEqual([]);
  });

  it('removes a space between Chinese characters, also before a link, but not where emphasis needs it', async () => {
    const r = await zhCase('zh-cjk-space', '中文 中文，见 [示例](#x)。**重点：** 后面', 'rules: { zh-cjk-space: warning }\n');
    expect(r.at).toEqual(['13:3', '13:8']);
    expect(r.fixed).toBe('中文中文，见[示例](#x)。**重点：** 后面');
  });
});
