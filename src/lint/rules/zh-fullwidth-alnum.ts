/** Half-width digits and Latin letters in Chinese text (`２０２４` → `2024`, `ＧＰＴ` → `GPT`). */
import type { RuleMeta } from '../rule.js';
import { fullwidthAlnumIssues } from '../text/forms.js';
import { runRule } from '../text/run-rule.js';

export const meta: RuleMeta = {
  id: 'zh-fullwidth-alnum',
  severity: 'warning',
  description: {
    en: 'Digits and Latin letters are half-width in Chinese text too (２０２４ → 2024, ＧＰＴ → GPT)',
    zh: '中文中的数字和英文字母使用半角（２０２４ → 2024，ＧＰＴ → GPT）',
  },
  fixable: true,
};

export const { check } = runRule(
  meta,
  {
    en: (issue) => `use half-width '${issue.text}' instead of '${issue.found}'`,
    zh: (issue) => `应使用半角“${issue.text}”，而不是“${issue.found}”`,
  },
  ({ run }) => fullwidthAlnumIssues(run.text),
);
