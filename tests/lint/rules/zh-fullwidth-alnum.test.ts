import { describe, expect, it } from 'vitest';
import { zhCase } from './zh-helpers.js';

describe('zh-fullwidth-alnum', () => {
  it('makes full-width digits and letters half-width, in prose only', async () => {
    const r = await zhCase('zh-fullwidth-alnum', '发布于２０２４年的ＧＰＴ，代码 `ＧＰＴ` 不变');
    expect(r.at).toEqual(['13:4', '13:10']);
    expect(r.messages[0]).toBe("use half-width '2024' instead of '２０２４'");
    expect(r.fixed).toBe('发布于2024年的GPT，代码 `ＧＰＴ` 不变');
  });
});
