/** Ids that must be unique: chapters in the manifest, sections in a chapter file, questions across all quizzes, terms, models, stages. */
import { relative } from 'node:path';
import type { Position } from '../../course/finding.js';
import type { ListDoc } from '../../course/load.js';
import type { RuleContext, RuleMeta } from '../rule.js';
import { lineAt, yamlAt } from '../where.js';

export const meta: RuleMeta = {
  id: 'id-unique',
  severity: 'error',
  description: {
    en: 'Ids must be unique: chapters, sections within a chapter, questions across all quizzes, terms, models, stages',
    zh: 'id 必须唯一：章节、同一章节内的小节、所有测验中的题目、术语、模型、阶段',
  },
  fixable: false,
};

const messages = {
  en: {
    duplicate: (what: string, id: string, where: string) => `duplicate ${what} id '${id}' (first at ${where})`,
    chapter: 'chapter',
    section: 'section',
    question: 'question',
    item: 'entry',
    quiz: 'quiz',
    line: (n: number) => `line ${n}`,
  },
  zh: {
    // No space before `第 5 行`; one before a path, as between Chinese and Latin letters.
    duplicate: (what: string, id: string, where: string) => `${what} id“${id}”重复（首次出现在${/^\p{Script=Han}/u.test(where) ? '' : ' '}${where}）`,
    chapter: '章节',
    section: '小节',
    question: '题目',
    item: '条目',
    quiz: '测验',
    line: (n: number) => `第 ${n} 行`,
  },
};

interface Seen {
  file: string;
  at: () => Position;
}

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  const where = (seen: Seen, file: string) => (seen.file === file ? m.line(seen.at().line) : `${relative(ctx.pack.root, seen.file)}:${seen.at().line}`);
  // `at` gives the position, found only when it is needed: for a duplicate, and for the line of the first.
  const track = (seen: Map<string, Seen>, id: string, file: string, at: () => Position, what: string) => {
    const first = seen.get(id);
    if (first) ctx.report({ file, position: at(), message: m.duplicate(what, id, where(first, file)) });
    else seen.set(id, { file, at });
  };

  const manifest = ctx.pack.manifest;
  if (manifest.data) {
    const seen = new Map<string, Seen>();
    manifest.data.chapters.forEach((id, i) => track(seen, id, manifest.file, () => yamlAt(manifest.source, ['chapters', i]), m.chapter));
  }

  for (const chapter of ctx.pack.chapters) {
    const seen = new Map<string, Seen>();
    for (const section of chapter.sections) {
      if (section.id !== undefined) track(seen, section.id, chapter.file, () => lineAt(section.line), m.section);
    }
  }

  const questions = new Map<string, Seen>();
  for (const { quiz, entry, path } of ctx.questions) {
    track(questions, entry.value.id, quiz.file, () => yamlAt(quiz.source, [...path, 'id']), m.question);
  }

  const quizzes = new Map<string, Seen>();
  for (const quiz of ctx.pack.quizzes) track(quizzes, quiz.name, quiz.file, () => lineAt(1), m.quiz);

  for (const doc of [ctx.pack.glossary, ctx.pack.models, ctx.pack.timeline] as (ListDoc<{ id: string }> | undefined)[]) {
    if (!doc) continue;
    const seen = new Map<string, Seen>();
    for (const entry of doc.entries) track(seen, entry.value.id, doc.file, () => yamlAt(doc.source, [doc.key, entry.index, 'id']), m.item);
  }
}
