import type { RuleContext, RuleMeta } from '../rule.js';
import { passLoaderFindings } from './loader-finding.js';

export const meta: RuleMeta = {
  id: 'yaml-syntax',
  severity: 'error',
  description: {
    en: 'YAML that does not parse: syntax errors, duplicate keys, tabs, alias bombs',
    zh: '无法解析的 YAML：语法错误、重复的键、制表符缩进、别名炸弹',
  },
  fixable: false,
};

export function check(ctx: RuleContext): void {
  passLoaderFindings(ctx, meta.id);
}
