/** Full-width punctuation in Chinese sentences: half-width `, . ; : ! ?` after Chinese characters. */
import type { RuleMeta } from '../rule.js';
import { isCitation } from '../text/cjk.js';
import { runRule } from '../text/run-rule.js';
import { punctuationIssues } from '../text/typography.js';

export const meta: RuleMeta = {
  id: 'zh-punctuation',
  severity: 'warning',
  description: {
    en: 'Chinese sentences use full-width punctuation: half-width , . ; : ! ? after Chinese characters become ，。；：！？ (not in names such as 单例.md, literals or GB/T 7714 references)',
    zh: '中文句子使用全角标点：紧跟汉字的半角 , . ; : ! ? 应改为 ，。；：！？（文件名、字面符号和 GB/T 7714 参考文献除外）',
  },
  fixable: true,
};

export const { check } = runRule(
  meta,
  {
    en: (issue) => `use full-width '${issue.text.trim()}' instead of '${issue.found}' in Chinese text`,
    zh: (issue) => `中文中应使用全角“${issue.text.trim()}”，而不是“${issue.found}”`,
  },
  ({ run }, { conventions }) => (conventions.citations === 'exempt' && isCitation(run.text) ? [] : punctuationIssues(run.text)),
);
