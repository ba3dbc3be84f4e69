import type { RuleContext, RuleMeta } from '../rule.js';
import { passLoaderFindings } from './loader-finding.js';

export const meta: RuleMeta = {
  id: 'file',
  severity: 'error',
  description: {
    en: 'A file that cannot be read: missing, unreadable, not UTF-8, over 2 MiB, binary, or a link out of the pack',
    zh: '无法读取的文件：缺失、无权限、不是 UTF-8、超过 2 MiB、二进制，或指向课程包之外的链接',
  },
  fixable: false,
};

export function check(ctx: RuleContext): void {
  passLoaderFindings(ctx, meta.id);
}
