import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { disabledLines } from '../../src/lint/suppress.js';
import { MINI, lint, packFrom, where } from './helpers.js';

describe('inline suppression', () => {
  it('reads Markdown and YAML directives, with and without rule ids', () => {
    const text = 'a\n<!-- lm-lint-disable-next-line zh-spacing, zh-punctuation -->\nb\n# lm-lint-disable-next-line\nc\n';
    expect(disabledLines(text)).toEqual(new Map([
      [3, new Set(['zh-spacing', 'zh-punctuation'])],
      [5, new Set()],
    ]));
  });

  it('silences the named rule on the next line only', async () => {
    const zh = readFileSync(join(MINI, 'content/basics.zh.md'), 'utf8').replace('导言。', '<!-- lm-lint-disable-next-line zh-spacing -->\n豆瓣FM很好。\n\n豆瓣FM很好,对。');
    const root = packFrom(MINI, { 'content/basics.zh.md': zh });
    expect(where(await lint(root, ['zh-spacing', 'zh-punctuation']))).toEqual([
      'content/basics.zh.md:10:2 zh-spacing',
      'content/basics.zh.md:10:4 zh-spacing',
      'content/basics.zh.md:10:7 zh-punctuation',
    ]);
  });

  it('does not silence other rules on that line', async () => {
    const zh = readFileSync(join(MINI, 'content/basics.zh.md'), 'utf8').replace('导言。', '<!-- lm-lint-disable-next-line zh-punctuation -->\n豆瓣FM很好。');
    expect(where(await lint(packFrom(MINI, { 'content/basics.zh.md': zh }), ['zh-spacing']))).toEqual(['content/basics.zh.md:8:2 zh-spacing', 'content/basics.zh.md:8:4 zh-spacing']);
  });
});
