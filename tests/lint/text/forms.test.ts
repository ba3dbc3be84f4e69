import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/lint/fixer.js';
import { ellipsisDashIssues, fullwidthAlnumIssues } from '../../../src/lint/text/forms.js';
import type { Issue } from '../../../src/lint/text/typography.js';

const fixed = (text: string, issues: Issue[]) => applyEdits(text, issues.map((i) => ({ start: i.start, end: i.end, text: i.text })));

describe('ellipsisDashIssues', () => {
  it.each([
    ['然后...', '然后……'],
    ['然后……', '然后……'],
    ['然后…再说', '然后……再说'],
    ['等等。。。', '等等……'],
    ['中文 — 中文', '中文——中文'],
  ])('%s -> %s', (text, want) => {
    expect(fixed(text, ellipsisDashIssues(text))).toBe(want);
  });

  it.each([
    ['中文...w', 'dots before a Latin word'],
    ['Wait... what', 'English'],
    ['预训练—微调', 'a connector (连接号) with no spaces'],
    ['破折号——这样', 'a right dash'],
  ])('accepts %s (%s)', (text) => {
    expect(ellipsisDashIssues(text)).toEqual([]);
  });
});

describe('fullwidthAlnumIssues', () => {
  it('makes full-width digits and letters half-width, and nothing else', () => {
    expect(fixed('发布于２０２４年的ＧＰＴ－４ｏ', fullwidthAlnumIssues('发布于２０２４年的ＧＰＴ－４ｏ'))).toBe('发布于2024年的GPT－4o');
    expect(fullwidthAlnumIssues('中文，（全角标点）')).toEqual([]);
  });
});
