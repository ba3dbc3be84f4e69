/** Spaces between inline code and Chinese text, by the `code-spacing` convention (always, never, keep). */
import type { RuleMeta } from '../rule.js';
import { runRule } from '../text/run-rule.js';
import { codeSpaceIssues } from '../text/spaces.js';

export const meta: RuleMeta = {
  id: 'zh-code-spacing',
  severity: 'warning',
  description: {
    en: 'Inline code and Chinese text follow code-spacing: a space between them (always), none (never), or as written (keep, the default)',
    zh: '行内代码与汉字之间遵循 code-spacing 约定：加空格（always）、不加（never），或保持原样（keep，默认）',
  },
  fixable: true,
};

export const { check } = runRule(
  meta,
  {
    en: (issue) => (issue.insert ? `add a space in '${issue.found}' between inline code and Chinese (code-spacing: always)` : `remove the space in '${issue.found}' between inline code and Chinese (code-spacing: never)`),
    zh: (issue) => (issue.insert ? `“${issue.found}”行内代码与汉字之间应加空格（code-spacing: always）` : `“${issue.found}”行内代码与汉字之间不加空格（code-spacing: never）`),
  },
  ({ run }, { conventions }) => codeSpaceIssues(run.text, conventions['code-spacing']),
);
