/** `lm-lint --list-rules`: one line per rule, id, severity, whether --fix repairs it, description. */
import { displayWidth } from '../text/width.js';
import { hang } from '../render/layout.js';
import type { Rule } from './rule.js';
import type { Catalog } from '../i18n/catalog.js';
import type { Lang } from '../io/lang.js';

const HEAD: Catalog<Record<'rule' | 'severity' | 'fixable' | 'description' | 'yes' | 'no' | 'error' | 'warning', string>> = {
  en: { rule: 'rule', severity: 'severity', fixable: 'fixable', description: 'description', yes: 'yes', no: '-', error: 'error', warning: 'warning' },
  zh: { rule: '规则', severity: '级别', fixable: '可修复', description: '说明', yes: '是', no: '-', error: '错误', warning: '警告' },
};

/**
 * The table fits `width` columns: descriptions wrap under their column (or, when it is too narrow,
 * under the rule); where even the aligned id, severity and fixable columns are wider than the
 * line, the id alone, then its severity, fixable and description under it.
 */
export function listRules(rules: readonly Rule[], lang: Lang, width = 80): string {
  const h = HEAD[lang];
  const rows = [
    [h.rule, h.severity, h.fixable, h.description],
    ...rules.map((r) => [r.meta.id, h[r.meta.severity], r.meta.fixable ? h.yes : h.no, r.meta.description[lang]]),
  ];
  const widths = [0, 1, 2].map((col) => Math.max(...rows.map((row) => displayWidth(row[col]!))));
  const pad = (text: string, width: number) => text + ' '.repeat(width - displayWidth(text));
  const lead = widths[0]! + widths[1]! + widths[2]! + 6;
  const indent = width - lead >= 20 ? lead : 4;
  const stacked = lead - 2 > width;
  return (
    rows
      .flatMap((row) => {
        if (stacked) return [row[0]!, ...hang(`${row[1]}  ${row[2]}  ${row[3]}`, width, '    ', '    ')];
        const head = `${pad(row[0]!, widths[0]!)}  ${pad(row[1]!, widths[1]!)}  ${pad(row[2]!, widths[2]!)}  `;
        if (indent === lead) return hang(row[3]!, width, head, ' '.repeat(indent));
        return [head.trimEnd(), ...hang(row[3]!, width, ' '.repeat(indent), ' '.repeat(indent))];
      })
      .join('\n') + '\n'
  );
}
