/** No repeated punctuation in Chinese text (`！！`, `。。`, `？？`); `……` and `——` are single marks. */
import type { RuleMeta } from '../rule.js';
import { runRule } from '../text/run-rule.js';
import { repeatedIssues } from '../text/typography.js';

export const meta: RuleMeta = {
  id: 'zh-repeated-punctuation',
  severity: 'warning',
  description: {
    en: 'No repeated punctuation in Chinese text (！！, 。。, ？？); …… and —— are fine',
    zh: '中文中不重复使用标点（！！、。。、？？）；……和——不受影响',
  },
  fixable: true,
};

export const { check } = runRule(
  meta,
  {
    en: (issue) => `repeated punctuation '${issue.found}'; use one '${issue.text}'`,
    zh: (issue) => `标点“${issue.found}”重复，只用一个“${issue.text}”`,
  },
  ({ run }) => repeatedIssues(run.text),
);
