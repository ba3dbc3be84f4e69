/** No space before or after full-width punctuation (`setter ：` → `setter：`, `、 [链接]` → `、[链接]`). */
import type { RuleMeta } from '../rule.js';
import { runRule } from '../text/run-rule.js';
import { punctuationSpaceIssues } from '../text/spaces.js';

export const meta: RuleMeta = {
  id: 'zh-punctuation-spacing',
  severity: 'warning',
  description: {
    en: 'No space before or after full-width punctuation (，。、；：！？（）《》「」): it has its own space',
    zh: '全角标点（，。、；：！？（）《》「」）前后不加空格：全角标点自带间距',
  },
  fixable: true,
};

export const { check } = runRule(
  meta,
  {
    en: (issue) => `remove the space in '${issue.found}' next to full-width punctuation`,
    zh: (issue) => `“${issue.found}”全角标点前后不加空格`,
  },
  ({ run }) => punctuationSpaceIssues(run.text, (i) => run.afterEmphasis(i)),
);
