import { describe, expect, it } from 'vitest';
import { json } from '../../../src/lint/format/json.js';
import { FINDINGS, ctx } from './findings.js';

describe('json', () => {
  it('has the documented shape', () => {
    const report = JSON.parse(json(FINDINGS, ctx()));
    expect(report).toEqual({
      version: 1,
      findings: [
        { file: 'content/a.zh.md', line: 3, column: 5, endLine: 3, endColumn: 7, severity: 'warning', rule: 'zh-spacing', message: "add a space in '文E' between Chinese and Latin letters or digits", fixable: true },
        { file: 'content/a.zh.md', line: 9, column: 1, severity: 'error', rule: 'empty-section', message: "section '空' is empty", fixable: false },
        { file: 'quizzes/q.yaml', line: 12, column: 7, severity: 'error', rule: 'answers', message: '2 correct choices, 100% wrong: see\nnext line', fixable: false },
      ],
      errorCount: 2,
      warningCount: 1,
      fixableCount: 1,
    });
  });

  it('is valid JSON with no findings', () => {
    expect(JSON.parse(json([], ctx()))).toMatchObject({ findings: [], errorCount: 0 });
  });
});
