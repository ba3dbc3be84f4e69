/** `lm-lint --list-rules`: one line per rule, id, severity, whether --fix repairs it, description. */
import { displayWidth } from '../text/width.js';
import type { Rule } from './rule.js';
import type { Lang } from '../io/lang.js';

const HEAD = {
  en: { rule: 'rule', severity: 'severity', fixable: 'fixable', description: 'description', yes: 'yes', no: '-', error: 'error', warning: 'warning' },
  zh: { rule: '规则', severity: '级别', fixable: '可修复', description: '说明', yes: '是', no: '-', error: '错误', warning: '警告' },
};

export function listRules(rules: readonly Rule[], lang: Lang): string {
  const h = HEAD[lang];
  const rows = [
    [h.rule, h.severity, h.fixable, h.description],
    ...rules.map((r) => [r.meta.id, h[r.meta.severity], r.meta.fixable ? h.yes : h.no, r.meta.description[lang]]),
  ];
  const widths = [0, 1, 2].map((col) => Math.max(...rows.map((row) => displayWidth(row[col]!))));
  const pad = (text: string, width: number) => text + ' '.repeat(width - displayWidth(text));
  return rows.map((row) => `${pad(row[0]!, widths[0]!)}  ${pad(row[1]!, widths[1]!)}  ${pad(row[2]!, widths[2]!)}  ${row[3]}`).join('\n') + '\n';
}
