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
import { normalizeForMatch, sectionTexts, wholeText } from './markdown/plain-text.js';
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
  /**
   * Whether `needle` (normalised by `normalizeForMatch`) occurs in a section's text as a reader sees
   * it, or in the whole chapter body's when `sectionId` is undefined; undefined if no such section.
   */
  textIncludes(chapter: ChapterDoc, sectionId: string | undefined, needle: string): boolean | undefined;
  /** The localised YAML values, file by file, made anew on each call (a large pack's are not all held at once). */
  localized(): Iterable<LocalizedField>;
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
  // every chapter's blocks at once is most of a large pack's memory. Nor are section texts kept: the
  // questions' evidence phrases are known before any rule runs, so when a chapter that a question
  // refers to is lexed (by whichever rule comes first: the zh rules run first, a file at a time), its
  // texts are searched for the phrases asked of it and only the answers kept. No chapter is lexed twice.
  let lastBlocks: { chapter: ChapterDoc; blocks: Block[] } | undefined;
  const asked = evidenceAsked(questions, chapters, pack.languages);
  const answers = new Map<ChapterDoc, Map<string, Map<string, boolean> | undefined>>();
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
        const phrases = asked.get(chapter);
        if (phrases && !answers.has(chapter)) answers.set(chapter, answer(chapter, blocks, phrases));
      }
      return lastBlocks.blocks;
    },
    textIncludes(chapter, sectionId, needle) {
      const key = sectionId ?? WHOLE;
      if (!answers.has(chapter)) ctx.blocks(chapter);
      const known = answers.get(chapter);
      if (known?.has(key)) {
        const found = known.get(key);
        if (found === undefined) return undefined;
        if (found.has(needle)) return found.get(needle);
      }
      // A phrase not asked before lint began (a rule's own question): search the text once more.
      const blocks = ctx.blocks(chapter);
      const text = sectionId === undefined ? wholeText(blocks) : sectionTexts(chapter, blocks).get(sectionId);
      return text === undefined ? undefined : text.includes(needle);
    },
    localized() {
      return localizedFields(pack);
    },
    zhRuns() {
      return (runs ??= zhRuns(ctx));
    },
  };
  return ctx;
}

/** The key of a chapter's whole body among its sections' ids (which are kebab-case, never empty). */
const WHOLE = '';

/** Evidence phrases (normalised), by the chapter and section (or WHOLE) that must hold them. */
type Asked = Map<ChapterDoc, Map<string, Set<string>>>;

/** What the questions' evidence will ask of each chapter: more than evidence-grounded asks is harmless, less is searched again. */
function evidenceAsked(questions: readonly QuestionRef[], chapters: ReadonlyMap<string, ReadonlyMap<string, ChapterDoc>>, languages: readonly string[]): Asked {
  const asked: Asked = new Map();
  for (const { entry } of questions) {
    const { evidence, ref } = entry.value;
    const target = parseRef(ref);
    const byLang = target && chapters.get(target.chapter);
    if (!byLang) continue;
    const phrases = typeof evidence === 'string' ? languages.map((lang) => [lang, evidence] as const) : Object.entries(evidence);
    for (const [lang, text] of phrases) {
      const chapter = byLang.get(lang);
      if (!chapter || typeof text !== 'string') continue;
      let bySection = asked.get(chapter);
      if (!bySection) asked.set(chapter, (bySection = new Map()));
      const key = target.section ?? WHOLE;
      let needles = bySection.get(key);
      if (!needles) bySection.set(key, (needles = new Set()));
      needles.add(normalizeForMatch(text));
    }
  }
  return asked;
}

/** For each section asked about: undefined when the chapter has no such section, else whether each phrase occurs in it. */
function answer(chapter: ChapterDoc, blocks: readonly Block[], asked: Map<string, Set<string>>): Map<string, Map<string, boolean> | undefined> {
  let texts: Map<string, string> | undefined;
  const out = new Map<string, Map<string, boolean> | undefined>();
  for (const [key, needles] of asked) {
    const text = key === WHOLE ? wholeText(blocks) : (texts ??= sectionTexts(chapter, blocks)).get(key);
    out.set(key, text === undefined ? undefined : new Map([...needles].map((needle) => [needle, text.includes(needle)])));
  }
  return out;
}
