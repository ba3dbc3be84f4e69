/** Parentheses in Chinese text: full-width `（中文）` or half-width ` (中文) `, by the `bracket-width` convention. */
import type { RuleMeta } from '../rule.js';
import { brackets } from '../text/brackets.js';
import { isCitation } from '../text/cjk.js';
import { runRule } from '../text/run-rule.js';

export const meta: RuleMeta = {
  id: 'zh-bracket-width',
  severity: 'warning',
  description: {
    en: 'Parentheses in Chinese text follow bracket-width: full-width （中文） (default) or half-width with spaces outside; not f(x) or $(cmd)',
    zh: '中文中的括号遵循 bracket-width 约定：全角（中文）（默认）或半角并在外侧加空格；f(x)、$(cmd) 除外',
  },
  fixable: true,
};

export const { check } = runRule(
  meta,
  {
    en: (issue) => (issue.insert ? `add a space in '${issue.found}' outside the parenthesis (bracket-width: half)` : `use '${issue.text.trim()}' instead of '${issue.found}' (bracket-width)`),
    zh: (issue) => (issue.insert ? `“${issue.found}”括号外侧应加空格（bracket-width: half）` : `应使用“${issue.text.trim()}”，而不是“${issue.found}”（bracket-width 约定）`),
  },
  ({ run }, { conventions }) => (conventions.citations === 'exempt' && isCitation(run.text) ? [] : brackets(run.text, conventions['bracket-width'])),
);
