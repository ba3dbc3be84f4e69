/** Ids that are not lowercase kebab-case, where the schema does not see them: file names and section anchors. */
import { basename } from 'node:path';
import { ID_PATTERN } from '../../course/ids.js';
import type { RuleContext, RuleMeta } from '../rule.js';
import { lineAt } from '../where.js';

export const meta: RuleMeta = {
  id: 'id-pattern',
  severity: 'error',
  description: {
    en: 'File names and section anchors must be lowercase kebab-case ids (YAML ids are checked by schema)',
    zh: '文件名和小节锚点必须是小写短横线格式的 id（YAML 中的 id 由 schema 规则检查）',
  },
  fixable: false,
};

const messages = {
  en: {
    chapterFile: (name: string) => `file name '${name}' is not <chapter>.<lang>.md with a lowercase kebab-case chapter id`,
    quizFile: (name: string) => `quiz file name '${name}' is not a lowercase kebab-case id`,
    anchor: (id: string) => `anchor '{#${id}}' is not a lowercase kebab-case id`,
  },
  zh: {
    chapterFile: (name: string) => `文件名“${name}”不是 <章节>.<语言>.md 格式，章节 id 须为小写短横线格式`,
    quizFile: (name: string) => `测验文件名“${name}”不是小写短横线格式的 id`,
    anchor: (id: string) => `锚点“{#${id}}”不是小写短横线格式的 id`,
  },
};

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  for (const file of ctx.pack.strayFiles) ctx.report({ file, position: lineAt(1), message: m.chapterFile(basename(file)) });
  for (const quiz of ctx.pack.quizzes) {
    if (!ID_PATTERN.test(quiz.name)) ctx.report({ file: quiz.file, position: lineAt(1), message: m.quizFile(basename(quiz.file)) });
  }
  for (const chapter of ctx.pack.chapters) {
    for (const heading of chapter.headings) {
      if (heading.anchor === undefined || ID_PATTERN.test(heading.anchor)) continue;
      const lineText = chapter.text.slice(heading.offset, chapter.lines.offset(heading.line + 1));
      const column = lineText.lastIndexOf('{#') + 1;
      ctx.report({ file: chapter.file, position: lineAt(heading.line, column), message: m.anchor(heading.anchor) });
    }
  }
}
