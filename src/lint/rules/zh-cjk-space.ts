/** No space between two Chinese characters (`中文 中文` → `中文中文`), also across links and emphasis. Off unless a preset or the configuration turns it on. */
import type { RuleMeta } from '../rule.js';
import { runRule } from '../text/run-rule.js';
import { cjkSpaceIssues } from '../text/spaces.js';

export const meta: RuleMeta = {
  id: 'zh-cjk-space',
  severity: 'warning',
  description: {
    en: 'No space between two Chinese characters, also across links and emphasis (见 [示例](…) → 见[示例](…)); on in the zhlint preset',
    zh: '两个汉字之间不加空格，链接和强调两侧也一样（见 [示例](…) → 见[示例](…)）；zhlint 预设开启',
  },
  fixable: true,
};

export const { check } = runRule(
  meta,
  {
    en: (issue) => `remove the space between Chinese characters in '${issue.found}'`,
    zh: (issue) => `“${issue.found}”汉字之间不加空格`,
  },
  ({ run }) => cjkSpaceIssues(run.text, (i) => run.afterEmphasis(i)),
);
