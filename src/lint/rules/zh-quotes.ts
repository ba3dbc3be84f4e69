/** Quotation marks in Chinese text follow quote-style and quote-spacing (off by default: guides differ). */
import type { RuleMeta } from '../rule.js';
import { quoteIssues } from '../text/quotes.js';
import { runRule } from '../text/run-rule.js';

export const meta: RuleMeta = {
  id: 'zh-quotes',
  severity: 'warning',
  description: {
    en: 'Quotation marks in Chinese text follow quote-style (curly “” or corner 「」) and quote-spacing (a space outside); both keep by default',
    zh: '中文引号遵循 quote-style（弯引号“”或直角引号「」）和 quote-spacing（外侧加空格）约定；默认均为 keep',
  },
  fixable: true,
};

/** A quote mark named in a message: in corner brackets when it is a curly double quote itself (「“」, not ““”). */
const quoted = (text: string): string => (/[“”]/.test(text) ? `「${text}」` : `“${text}”`);

export const { check } = runRule(
  meta,
  {
    en: (issue) => `use '${issue.text.trim()}'${issue.text.length > 1 ? ' with a space outside' : ''} instead of '${issue.found}' (quote-style, quote-spacing)`,
    zh: (issue) => `应使用${quoted(issue.text.trim())}${issue.text.length > 1 ? '并在外侧加空格' : ''}，而不是${quoted(issue.found)}（quote-style、quote-spacing 约定）`,
  },
  ({ run }, { conventions }) => quoteIssues(run.text, conventions['quote-style'], conventions['quote-spacing']),
);
