import { describe, expect, it } from 'vitest';
import { zhCase } from './zh-helpers.js';

describe('zh-unit-spacing', () => {
  it('allows both forms by default (unit-spacing: any)', async () => {
    expect((await zhCase('zh-unit-spacing', '2020 年 1 月和2021年2月')).at).toEqual([]);
  });

  it('never: removes the space between a number and a unit, 天 and 号 included', async () => {
    const r = await zhCase('zh-unit-spacing', '2020 年 1 月 1 日，共 3 天，5 号', 'conventions: { unit-spacing: never }\n');
    expect(r.at).toHaveLength(7);
    expect(r.fixed).toBe('2020年1月1日，共 3天，5号');
  });

  it('always: zh-spacing adds the spaces on both sides, consistently', async () => {
    const r = await zhCase('zh-spacing', '在2020年1月发布，共3天', 'conventions: { unit-spacing: always }\n');
    expect(r.fixed).toBe('在 2020 年 1 月发布，共 3 天');
  });

  it('units is configurable', async () => {
    const r = await zhCase('zh-unit-spacing', '共 3 天，5 个', 'conventions: { unit-spacing: never, units: 个 }\n');
    expect(r.fixed).toBe('共 3 天，5个');
  });
});
