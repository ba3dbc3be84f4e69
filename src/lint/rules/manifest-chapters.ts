/** The manifest and the chapter files agree: a file per listed chapter per language, and every chapter file listed. */
import { relative } from 'node:path';
import { chapterPath } from '../../course/paths.js';
import { closest } from '../../text/closest.js';
import type { RuleContext, RuleMeta } from '../rule.js';
import { lineAt, yamlAt } from '../where.js';

export const meta: RuleMeta = {
  id: 'manifest-chapters',
  severity: 'error',
  description: {
    en: 'Every chapter in course.yaml has a file per language, and every chapter file is listed there',
    zh: 'course.yaml 中的每个章节在每种语言下都有文件，每个章节文件也都列在其中',
  },
  fixable: false,
};

const messages = {
  en: {
    missing: (id: string, lang: string, file: string) => `chapter '${id}' has no ${lang} file (${file})`,
    unlisted: (id: string, hint: string | undefined) => `chapter '${id}' is not listed in content/course.yaml chapters${hint ? ` (did you mean '${hint}'?)` : ''}`,
    language: (lang: string, languages: string) => `language '${lang}' is not one of the pack's languages (${languages})`,
  },
  zh: {
    missing: (id: string, lang: string, file: string) => `章节“${id}”缺少 ${lang} 文件（${file}）`,
    unlisted: (id: string, hint: string | undefined) => `章节“${id}”未列在 content/course.yaml 的 chapters 中${hint ? `（是否应为“${hint}”？）` : ''}`,
    language: (lang: string, languages: string) => `语言“${lang}”不在课程包的语言列表中（${languages}）`,
  },
};

export function check(ctx: RuleContext): void {
  const manifest = ctx.pack.manifest;
  if (!manifest.data) return;
  const m = ctx.msg(messages);
  const listed = manifest.data.chapters;
  const unreadable = new Set(ctx.pack.findings.filter((f) => f.rule === 'file').map((f) => f.file));

  listed.forEach((id, i) => {
    for (const lang of manifest.data!.languages) {
      if (ctx.chapters.get(id)?.has(lang)) continue;
      const file = chapterPath(ctx.pack.root, id, lang);
      if (unreadable.has(file)) continue; // reported by the file rule
      ctx.report({ file: manifest.file, position: yamlAt(manifest.source, ['chapters', i]), message: m.missing(id, lang, relative(ctx.pack.root, file)) });
    }
  });

  const listedSet = new Set(listed);
  const languages = new Set(manifest.data.languages);
  for (const chapter of ctx.pack.chapters) {
    if (!listedSet.has(chapter.chapterId)) {
      const hint = closest(chapter.chapterId, listed.filter((id) => !ctx.chapters.get(id)?.has(chapter.lang)), 1)[0];
      ctx.report({ file: chapter.file, position: lineAt(1), message: m.unlisted(chapter.chapterId, hint) });
    }
    if (!languages.has(chapter.lang)) {
      ctx.report({ file: chapter.file, position: lineAt(1), message: m.language(chapter.lang, manifest.data.languages.join(', ')) });
    }
  }
}
