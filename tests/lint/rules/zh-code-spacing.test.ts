import { describe, expect, it } from 'vitest';
import { zhCase } from './zh-helpers.js';

describe('zh-code-spacing', () => {
  it('keeps what the author wrote by default', async () => {
    expect((await zhCase('zh-code-spacing', '用`npm`安装，或 `pnpm` 安装')).at).toEqual([]);
  });

  it('always: adds a space between code and Chinese, outside the code span, and reports at the code', async () => {
    const r = await zhCase('zh-code-spacing', '用`npm`安装，或 `pnpm` 安装', 'conventions: { code-spacing: always }\n');
    expect(r.at).toEqual(['13:1', '13:2']);
    expect(r.messages[0]).toBe("add a space in '用`…`' between inline code and Chinese (code-spacing: always)");
    expect(r.fixed).toBe('用 `npm` 安装，或 `pnpm` 安装');
  });

  it('never: removes those spaces, and leaves spaces to Latin words', async () => {
    const r = await zhCase('zh-code-spacing', '用 `npm` 安装，run `npm` now', 'conventions: { code-spacing: never }\n');
    expect(r.fixed).toBe('用`npm`安装，run `npm` now');
  });
});
