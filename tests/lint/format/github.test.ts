import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/course/finding.js';
import { escapeData, escapeProperty, github } from '../../../src/lint/format/github.js';
import { FINDINGS, ctx } from './findings.js';

describe('github', () => {
  it('prints one workflow command per finding, escaped', () => {
    expect(github(FINDINGS, ctx()).split('\n')).toEqual([
      "::warning file=content/a.zh.md,line=3,col=5,endLine=3,endColumn=7,title=zh-spacing::add a space in '文E' between Chinese and Latin letters or digits",
      "::error file=content/a.zh.md,line=9,col=1,title=empty-section::section '空' is empty",
      '::error file=quizzes/q.yaml,line=12,col=7,title=answers::2 correct choices, 100%25 wrong: see%0Anext line',
      '2 errors, 1 warning',
      '',
    ]);
  });

  it.each([
    ['100%', '100%25', '100%25'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
  ])('escapes %j as data and as a property', (text, data, property) => {
    expect(escapeData(text)).toBe(data);
    expect(escapeProperty(text)).toBe(property);
  });

  it('escapes a file name with a comma or colon', () => {
    const out = github([{ ...FINDINGS[1]!, file: '/work/pack/content/a,b:c.md' }], ctx());
    expect(out).toContain('file=content/a%2Cb%3Ac.md,');
  });

  it('stops at 10 errors and 10 warnings, then says how many were left out', () => {
    const many: Finding[] = [];
    for (let i = 1; i <= 13; i++) many.push({ ...FINDINGS[1]!, line: i });
    for (let i = 1; i <= 12; i++) many.push({ ...FINDINGS[0]!, line: i });
    const lines = github(many, ctx()).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(lines.at(-2)).toBe('::notice title=lm-lint::5 more findings are not shown as annotations (GitHub shows at most 10 errors and 10 warnings); run lm-lint locally or use --format sarif for all of them');
    expect(lines.at(-1)).toBe('13 errors, 12 warnings');
  });

  it('prints nothing for a clean pack', () => {
    expect(github([], ctx())).toBe('');
  });
});
