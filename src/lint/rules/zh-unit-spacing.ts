/** A number and a Chinese date or time unit: `2020年1月1日` when unit-spacing is never (with always, zh-spacing adds the spaces). */
import type { RuleMeta } from '../rule.js';
import { runRule } from '../text/run-rule.js';
import { unitSpaceIssues } from '../text/spaces.js';

export const meta: RuleMeta = {
  id: 'zh-unit-spacing',
  severity: 'warning',
  description: {
    en: 'Numbers and the units in `units` (年月日号天时分秒周) follow unit-spacing: never removes the space (2020 年 → 2020年), always is zh-spacing’s, any (the default) allows both',
    zh: '数字与 units 中的单位（年月日号天时分秒周）遵循 unit-spacing 约定：never 去掉空格（2020 年 → 2020年），always 由 zh-spacing 加空格，any（默认）两者皆可',
  },
  fixable: true,
};

export const { check } = runRule(
  meta,
  {
    en: (issue) => `remove the space in '${issue.found}' between a number and its unit (unit-spacing: never)`,
    zh: (issue) => `“${issue.found}”数字与单位之间不加空格（unit-spacing: never）`,
  },
  ({ run }, { conventions }) => unitSpaceIssues(run.text, conventions['unit-spacing'], conventions.units),
);
