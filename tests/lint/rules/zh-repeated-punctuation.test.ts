import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixPack } from '../../../src/lint/fixer.js';
import { MINI, lint, packFrom } from '../helpers.js';

const zh = readFileSync(join(MINI, 'content/basics.zh.md'), 'utf8');

describe('zh-repeated-punctuation', () => {
  it('reports repeated marks at the first one, and fixes them to one', async () => {
    const text = zh.replace('导言。', '导言！！真的吗？？省略……破折号——好。。');
    const root = packFrom(MINI, { 'content/basics.zh.md': text });
    expect(await lint(root, ['zh-repeated-punctuation'])).toEqual([
      expect.objectContaining({ at: 'content/basics.zh.md:7:3', message: "repeated punctuation '！！'; use one '！'", severity: 'warning' }),
      expect.objectContaining({ at: 'content/basics.zh.md:7:8', message: "repeated punctuation '？？'; use one '？'" }),
      expect.objectContaining({ at: 'content/basics.zh.md:7:20' }),
    ]);
    const { changes } = await fixPack(root);
    expect(changes[0]!.after).toBe(zh.replace('导言。', '导言！真的吗？省略……破折号——好。'));
  });

  it('reaches a stable text in several passes when fixes build on each other', async () => {
    const root = packFrom(MINI, { 'content/basics.zh.md': zh.replace('导言。', '导言!!') });
    const { changes, passes, result } = await fixPack(root);
    expect(changes[0]!.after).toContain('导言！\n');
    expect(passes).toBe(2);
    expect(result.findings).toEqual([]);
  });

  it('is quiet on single marks, …… and ——', async () => {
    expect(await lint(packFrom(MINI, { 'content/basics.zh.md': zh.replace('导言。', '导言……——！') }), ['zh-repeated-punctuation'])).toEqual([]);
  });
});
