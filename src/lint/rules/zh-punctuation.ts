/** Full-width punctuation in Chinese sentences: half-width `, . ; : ! ? ( )` next to Chinese characters. */
import type { RuleContext, RuleMeta } from '../rule.js';
import { issueReport } from '../text/report-issue.js';
import { punctuationIssues } from '../text/typography.js';

export const meta: RuleMeta = {
  id: 'zh-punctuation',
  severity: 'warning',
  description: {
    en: 'Chinese sentences use full-width punctuation: half-width , . ; : ! ? ( ) next to Chinese characters become ，。；：！？（）',
    zh: '中文句子使用全角标点：紧邻汉字的半角 , . ; : ! ? ( ) 应改为 ，。；：！？（）',
  },
  fixable: true,
};

const messages = {
  en: { width: (found: string, fixed: string) => `use full-width '${fixed}' instead of '${found}' in Chinese text` },
  zh: { width: (found: string, fixed: string) => `中文中应使用全角“${fixed}”，而不是“${found}”` },
};

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  for (const zh of ctx.zhRuns()) {
    for (const issue of punctuationIssues(zh.run.text)) ctx.report(issueReport(zh, issue, m.width(issue.found, issue.text)));
  }
}
