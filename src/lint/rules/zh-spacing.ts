/** A space between Chinese characters and Latin letters or digits (`使用 GPT-3 模型`), in Chinese text only. */
import type { RuleContext, RuleMeta } from '../rule.js';
import { issueReport } from '../text/report-issue.js';
import { spacingIssues } from '../text/typography.js';

export const meta: RuleMeta = {
  id: 'zh-spacing',
  severity: 'warning',
  description: {
    en: 'Chinese text puts a space between Chinese characters and Latin letters or digits (not inside code or URLs; 2024年 is fine)',
    zh: '中文与英文字母或数字之间加空格（代码和网址除外；“2024年”这类数字加单位可以不加）',
  },
  fixable: true,
};

const messages = {
  en: { space: (pair: string) => `add a space in '${pair}' between Chinese and Latin letters or digits` },
  zh: { space: (pair: string) => `“${pair}”中文与英文或数字之间应加空格` },
};

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  for (const zh of ctx.zhRuns()) {
    for (const issue of spacingIssues(zh.run.text)) ctx.report(issueReport(zh, issue, m.space(issue.found)));
  }
}
