import type { Finding } from '../../../src/course/finding.js';
import type { FormatContext } from '../../../src/lint/format/format.js';
import { RULES } from '../../../src/lint/registry.js';

export const CWD = '/work/pack';

export const FINDINGS: Finding[] = [
  { file: '/work/pack/content/a.zh.md', line: 3, column: 5, endLine: 3, endColumn: 7, severity: 'warning', rule: 'zh-spacing', message: "add a space in '文E' between Chinese and Latin letters or digits", fix: { start: 10, end: 10, text: ' ' } },
  { file: '/work/pack/content/a.zh.md', line: 9, column: 1, severity: 'error', rule: 'empty-section', message: "section '空' is empty" },
  { file: '/work/pack/quizzes/q.yaml', line: 12, column: 7, severity: 'error', rule: 'answers', message: '2 correct choices, 100% wrong: see\nnext line' },
];

export const ctx = (over: Partial<FormatContext> = {}): FormatContext => ({ cwd: CWD, color: 0, lang: 'en', rules: RULES.map((r) => r.meta), ...over });
