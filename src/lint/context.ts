/**
 * What every rule reads: the pack (each file parsed once by `readPack`) and
 * views derived from it on first use and shared by all rules: chapters by id
 * and language, each chapter's Markdown blocks, each section's plain text,
 * the localised YAML values, and the Chinese runs the typography rules check.
 */
import type { ChapterDoc } from '../course/chapter.js';
import { parseRef } from '../course/ids.js';
import type { LineIndex } from '../course/lines.js';
import type { Entry, QuizDoc } from '../course/load.js';
import type { PackModel } from '../course/pack-model.js';
import type { Question } from '../course/schema.js';
import type { DataPath } from '../course/yaml-source.js';
import { localizedFields, type LocalizedField } from './localized-fields.js';
import { markdownBlocks, type Block } from './markdown/blocks.js';
import type { Lex } from './markdown/lexer.js';
import { sectionTexts, wholeText } from './markdown/plain-text.js';
import type { Run } from './text/run.js';
import { zhRuns } from './zh-runs.js';
import type { Lang } from '../io/lang.js';

export interface QuestionRef {
  quiz: QuizDoc;
  entry: Entry<Question>;
  /** The question's path in its file, for locating its fields. */
  path: DataPath;
}

/** A run of Chinese text in a file, with where to report when a character has no known offset. */
export interface ZhRun {
  file: string;
  lines: LineIndex;
  run: Run;
  fallback: number;
}

export interface LintContext {
  readonly pack: PackModel;
  /** The pack's languages, in manifest order. */
  readonly languages: readonly string[];
  /** The language of messages. */
  readonly lang: Lang;
  /** Chapter files by chapter id, then language. */
  readonly chapters: ReadonlyMap<string, ReadonlyMap<string, ChapterDoc>>;
  readonly questions: readonly QuestionRef[];
  blocks(chapter: ChapterDoc): readonly Block[];
  /** A section's text as a reader sees it, normalised for matching (see `normalizeForMatch`); undefined if no such section. */
  sectionText(chapter: ChapterDoc, sectionId: string): string | undefined;
  /** The whole chapter body's text, normalised the same way. */
  chapterText(chapter: ChapterDoc): string;
  localized(): readonly LocalizedField[];
  zhRuns(): readonly ZhRun[];
}

export function createContext(pack: PackModel, lex: Lex, lang: Lang): LintContext {
  const chapters = new Map<string, Map<string, ChapterDoc>>();
  for (const chapter of pack.chapters) {
    let byLang = chapters.get(chapter.chapterId);
    if (!byLang) chapters.set(chapter.chapterId, (byLang = new Map()));
    byLang.set(chapter.lang, chapter);
  }
  const questions: QuestionRef[] = pack.quizzes.flatMap((quiz) =>
    quiz.entries.map((entry) => ({ quiz, entry, path: ['questions', entry.index] })),
  );
  // Only the last chapter's blocks are kept: rules visit a chapter's sections together, and holding
  // every chapter's blocks at once is most of a large pack's memory. Section texts are kept (strings),
  // and made as soon as a chapter that a question refers to is lexed, by whichever rule comes first
  // (the zh rules run first, a file at a time), so that no chapter is lexed twice.
  let lastBlocks: { chapter: ChapterDoc; blocks: Block[] } | undefined;
  const textCache = new Map<ChapterDoc, Map<string, string>>();
  const referenced = new Set(questions.map(({ entry }) => parseRef(entry.value.ref)?.chapter));
  const chapterTextCache = new Map<ChapterDoc, string>();
  let fields: LocalizedField[] | undefined;
  let runs: ZhRun[] | undefined;

  const ctx: LintContext = {
    pack,
    languages: pack.languages,
    lang,
    chapters,
    questions,
    blocks(chapter) {
      if (lastBlocks?.chapter !== chapter) {
        const blocks = markdownBlocks(lex, chapter.text, chapter.bodyStart);
        lastBlocks = { chapter, blocks };
        if (referenced.has(chapter.chapterId) && !textCache.has(chapter)) textCache.set(chapter, sectionTexts(chapter, blocks));
      }
      return lastBlocks.blocks;
    },
    sectionText(chapter, sectionId) {
      let texts = textCache.get(chapter);
      if (!texts) textCache.set(chapter, (texts = sectionTexts(chapter, ctx.blocks(chapter))));
      return texts.get(sectionId);
    },
    chapterText(chapter) {
      let text = chapterTextCache.get(chapter);
      if (text === undefined) chapterTextCache.set(chapter, (text = wholeText(ctx.blocks(chapter))));
      return text;
    },
    localized() {
      return (fields ??= localizedFields(pack));
    },
    zhRuns() {
      return (runs ??= zhRuns(ctx));
    },
  };
  return ctx;
}
