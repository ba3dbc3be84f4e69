import { describe, expect, it } from 'vitest';
import { zhCase } from './zh-helpers.js';

describe('zh-bracket-width', () => {
  it('full (default): half-width parentheses in Chinese become full-width; f(x) and $(cmd) stay', async () => {
    const r = await zhCase('zh-bracket-width', '模型(GPT)很大，函数 f(x) 和 \\$(指令)不变');
    expect(r.at).toEqual(['13:3', '13:7']);
    expect(r.fixed).toBe('模型（GPT）很大，函数 f(x) 和 \\$(指令)不变');
  });

  it('half: full-width parentheses become half-width, with a space outside next to a word', async () => {
    const r = await zhCase('zh-bracket-width', 'key（string 或者 Symbol）是（前提），', 'conventions: { bracket-width: half }\n');
    expect(r.fixed).toBe('key (string 或者 Symbol) 是 (前提)，');
  });
});
