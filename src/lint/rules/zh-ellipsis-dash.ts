/** The Chinese ellipsis `……` and dash `——` are two characters each: `等等...`, `等等…`, `等等。。。`, `中文—中文` are fixed. */
import type { RuleMeta } from '../rule.js';
import { ellipsisDashIssues } from '../text/forms.js';
import { runRule } from '../text/run-rule.js';

export const meta: RuleMeta = {
  id: 'zh-ellipsis-dash',
  severity: 'warning',
  description: {
    en: 'Chinese text writes the ellipsis as …… and the dash as ——: ..., … and 。。。 after Chinese, and a spaced — between Chinese, are fixed',
    zh: '中文省略号写作……，破折号写作——：汉字后的 ...、…、。。。 和汉字之间带空格的 — 应修正',
  },
  fixable: true,
};

export const { check } = runRule(
  meta,
  {
    en: (issue) => `use '${issue.text}' instead of '${issue.found}' in Chinese text`,
    zh: (issue) => `中文中应使用“${issue.text}”，而不是“${issue.found}”`,
  },
  ({ run }) => ellipsisDashIssues(run.text, (i) => run.afterMarkup(i)),
);
