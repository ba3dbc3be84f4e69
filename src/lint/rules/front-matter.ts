import type { RuleContext, RuleMeta } from '../rule.js';
import { passLoaderFindings } from './loader-finding.js';

export const meta: RuleMeta = {
  id: 'front-matter',
  severity: 'error',
  description: {
    en: 'A chapter without a closed --- front matter block',
    zh: '章节缺少完整的 --- 前言（front matter）块',
  },
  fixable: false,
};

export function check(ctx: RuleContext): void {
  passLoaderFindings(ctx, meta.id);
}
