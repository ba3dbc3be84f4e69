/** No repeated punctuation in Chinese text (`！！`, `。。`, `？？`); `……` and `——` are single marks. */
import type { RuleContext, RuleMeta } from '../rule.js';
import { issueReport } from '../text/report-issue.js';
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

const messages = {
  en: { repeated: (found: string, one: string) => `repeated punctuation '${found}'; use one '${one}'` },
  zh: { repeated: (found: string, one: string) => `标点“${found}”重复，只用一个“${one}”` },
};

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  for (const zh of ctx.zhRuns()) {
    for (const issue of repeatedIssues(zh.run.text)) ctx.report(issueReport(zh, issue, m.repeated(issue.found, issue.text)));
  }
}
