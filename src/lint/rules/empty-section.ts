/** A `##` section holds something besides its heading. */
import type { RuleContext, RuleMeta } from '../rule.js';
import { lineAt } from '../where.js';

export const meta: RuleMeta = {
  id: 'empty-section',
  severity: 'error',
  description: {
    en: 'A ## section must hold text, not only its heading',
    zh: '## 小节除标题外必须有内容',
  },
  fixable: false,
};

const messages = {
  en: { empty: (title: string) => `section '${title}' is empty` },
  zh: { empty: (title: string) => `小节“${title}”是空的` },
};

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  for (const chapter of ctx.pack.chapters) {
    for (const section of chapter.sections) {
      const newline = section.markdown.indexOf('\n');
      const body = newline === -1 ? '' : section.markdown.slice(newline + 1);
      if (!/\S/.test(body.replace(/<!--[\s\S]*?-->/g, ''))) {
        ctx.report({ file: chapter.file, position: lineAt(section.line), message: m.empty(section.title) });
      }
    }
  }
}
