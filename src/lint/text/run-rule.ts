/**
 * A typography rule is a function from a Chinese run to issues, and a message: this makes it a rule
 * that reports each issue at its place in the file, with its fix.
 */
import type { ZhRun } from '../context.js';
import type { Catalog } from '../../i18n/catalog.js';
import type { Rule, RuleContext, RuleMeta } from '../rule.js';
import { issueReport } from './report-issue.js';
import type { Issue } from './typography.js';

export function runRule(meta: RuleMeta, messages: Catalog<(issue: Issue) => string>, issues: (zh: ZhRun, ctx: RuleContext) => Issue[]): Rule {
  return {
    meta,
    check(ctx) {
      const message = ctx.msg(messages);
      for (const zh of ctx.zhRuns()) for (const issue of issues(zh, ctx)) ctx.report(issueReport(zh, issue, message(issue)));
    },
  };
}
