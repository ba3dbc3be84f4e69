/** Every `##` heading ends with an explicit `{#section-id}` anchor. */
import type { RuleContext, RuleMeta } from '../rule.js';
import { lineAt } from '../where.js';

export const meta: RuleMeta = {
  id: 'heading-anchor',
  severity: 'error',
  description: {
    en: 'Every ## heading ends with an explicit {#section-id} anchor',
    zh: '每个 ## 标题都必须以显式锚点 {#section-id} 结尾',
  },
  fixable: false,
};

const messages = {
  en: { missing: (title: string) => `## heading '${title}' has no {#section-id} anchor` },
  zh: { missing: (title: string) => `## 标题“${title}”缺少 {#section-id} 锚点` },
};

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  for (const chapter of ctx.pack.chapters) {
    for (const section of chapter.sections) {
      if (section.id === undefined) ctx.report({ file: chapter.file, position: lineAt(section.line), message: m.missing(section.title) });
    }
  }
}
