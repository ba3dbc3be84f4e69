import { describe, expect, it } from 'vitest';
import { zhCase } from './zh-helpers.js';

describe('zh-ellipsis-dash', () => {
  it('writes the ellipsis as …… and a spaced dash as ——; a connector and (...) stay', async () => {
    const r = await zhCase('zh-ellipsis-dash', '然后...再说…好。。。对 — 错，预训练—微调，扩展运算符（...）');
    expect(r.at).toEqual(['13:3', '13:8', '13:10', '13:14']);
    expect(r.fixed).toBe('然后……再说……好……对——错，预训练—微调，扩展运算符（...）');
  });
});
