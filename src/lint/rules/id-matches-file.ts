/** A chapter's front matter `id` and a quiz's `id` equal their file's name. */
import type { RuleContext, RuleMeta } from '../rule.js';
import { yamlAt } from '../where.js';

export const meta: RuleMeta = {
  id: 'id-matches-file',
  severity: 'error',
  description: {
    en: "A chapter's front matter id and a quiz's id must equal the file name",
    zh: '章节前言中的 id 和测验的 id 必须与文件名一致',
  },
  fixable: false,
};

const messages = {
  en: { mismatch: (id: string, name: string) => `id '${id}' does not match the file name '${name}'` },
  zh: { mismatch: (id: string, name: string) => `id“${id}”与文件名“${name}”不一致` },
};

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  for (const chapter of ctx.pack.chapters) {
    const id = chapter.frontMatter?.id;
    if (id !== undefined && id !== chapter.chapterId) {
      ctx.report({ file: chapter.file, position: yamlAt(chapter.frontMatterSource, ['id']), message: m.mismatch(id, chapter.chapterId) });
    }
  }
  for (const quiz of ctx.pack.quizzes) {
    const id = quiz.header?.id;
    if (id !== undefined && id !== quiz.name) {
      ctx.report({ file: quiz.file, position: yamlAt(quiz.source, ['id']), message: m.mismatch(id, quiz.name) });
    }
  }
}
