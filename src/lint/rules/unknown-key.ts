import type { RuleContext, RuleMeta } from '../rule.js';
import { passLoaderFindings } from './loader-finding.js';

export const meta: RuleMeta = {
  id: 'unknown-key',
  severity: 'warning',
  description: {
    en: 'A key the format does not know, usually a typo such as explian',
    zh: '格式中没有的键，通常是拼写错误，如 explian',
  },
  fixable: false,
};

export function check(ctx: RuleContext): void {
  passLoaderFindings(ctx, meta.id);
}
