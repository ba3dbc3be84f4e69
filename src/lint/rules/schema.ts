import type { RuleContext, RuleMeta } from '../rule.js';
import { passLoaderFindings } from './loader-finding.js';

export const meta: RuleMeta = {
  id: 'schema',
  severity: 'error',
  description: {
    en: 'A value that does not fit the pack format (types, required fields, id pattern, enums)',
    zh: '不符合课程包格式的值（类型、必填字段、id 格式、枚举值）',
  },
  fixable: false,
};

export function check(ctx: RuleContext): void {
  passLoaderFindings(ctx, meta.id);
}
