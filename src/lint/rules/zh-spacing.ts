/** A space between Chinese characters and Latin letters or digits (`使用 GPT-3 模型`), in Chinese text only. */
import type { RuleMeta } from '../rule.js';
import { runRule } from '../text/run-rule.js';
import { spacingIssues } from '../text/typography.js';

export const meta: RuleMeta = {
  id: 'zh-spacing',
  severity: 'warning',
  description: {
    en: 'Chinese text puts a space between Chinese characters and Latin letters or digits (not inside code or URLs; a number with a date unit follows unit-spacing)',
    zh: '中文与英文字母或数字之间加空格（代码和网址除外；数字加日期单位按 unit-spacing 约定）',
  },
  fixable: true,
};

export const { check } = runRule(
  meta,
  {
    en: (issue) => `add a space in '${issue.found}' between Chinese and Latin letters or digits`,
    zh: (issue) => `“${issue.found}”中文与英文或数字之间应加空格`,
  },
  ({ run }, { conventions }) =>
    spacingIssues(run.text, {
      units: conventions['unit-spacing'] === 'always' ? '' : conventions.units,
      ...(conventions['markup-spacing'] === 'keep' ? { acrossMarkup: (i: number) => run.afterMarkup(i) } : {}),
    }),
);
