/**
 * A validated, lazily loaded course: the manifest at once, everything else on
 * first use, so showing one chapter reads one chapter file. Any error-level
 * finding in a part a command uses throws a ContentError carrying the findings.
 */
import type { ChapterDoc } from './chapter.js';
import { ContentError, UsageError } from '../errors.js';
import type { Finding } from './finding.js';
import { loadChapter, loadGlossary, loadManifest, loadModels, loadQuiz, loadQuizzes, loadTimeline, type ListDoc, type LoadOptions, type QuizDoc } from './load.js';
import { quizFiles } from './paths.js';
import type { Manifest, Model, Quiz, Stage, Term } from './schema.js';

/** Reading every chapter (list, search, home) keeps their front matters' parses in the memo, a small entry each, in a pack of up to this many. */
export const MEMO_EVERY_CHAPTER = 1000;

export class Course {
  readonly languages: string[];
  private readonly chapterCache = new Map<string, ChapterDoc>();
  /** The manifest's chapter ids, for a lookup that does not grow with the pack (list and search ask once a chapter). */
  private readonly chapterSet: ReadonlySet<string>;
  private glossaryCache: Term[] | undefined;
  private modelsCache: Model[] | undefined;
  private timelineCache: Stage[] | undefined;
  private quizzesCache: Quiz[] | undefined;
  private readonly quizCache = new Map<string, Quiz | undefined>();

  private constructor(
    readonly root: string,
    readonly manifest: Manifest,
    /** How its files are read (a parse memo, for one); every later load uses them too. */
    readonly loadOptions: LoadOptions,
  ) {
    this.languages = manifest.languages;
    this.chapterSet = new Set(manifest.chapters);
  }

  static open(root: string, opts: LoadOptions = {}): Course {
    const doc = loadManifest(root, opts);
    failOnErrors(doc.findings, 'the course manifest is not valid');
    if (!doc.data) throw new ContentError('the course manifest is not valid', doc.findings);
    return new Course(root, doc.data, opts);
  }

  get defaultLang(): string {
    return this.languages[0]!;
  }

  get chapterIds(): readonly string[] {
    return this.manifest.chapters;
  }

  hasChapter(id: string): boolean {
    return this.chapterSet.has(id);
  }

  /** One chapter, read once and kept (a page shows a chapter and names the next one). */
  chapter(id: string, lang: string): ChapterDoc {
    const key = `${id}.${lang}`;
    const doc = this.chapterCache.get(key) ?? this.readChapter(id, lang);
    this.chapterCache.set(key, doc);
    return doc;
  }

  /**
   * Every chapter in reading order, each read when its turn comes and not
   * kept: list and search look at each once, and 100,000 kept would hold
   * the whole pack in memory.
   */
  *chapters(lang: string): Generator<ChapterDoc> {
    const opts = this.chapterIds.length <= MEMO_EVERY_CHAPTER ? this.loadOptions : { overlay: this.loadOptions.overlay };
    for (const id of this.manifest.chapters) yield this.chapterCache.get(`${id}.${lang}`) ?? this.readChapter(id, lang, opts);
  }

  private readChapter(id: string, lang: string, opts: LoadOptions = this.loadOptions): ChapterDoc {
    if (!this.hasChapter(id)) throw new UsageError(`unknown chapter: ${id}`);
    const doc = loadChapter(this.root, id, lang, opts);
    failOnErrors(doc.findings, `chapter '${id}' (${lang}) is not valid`);
    if (!('text' in doc)) throw new ContentError(`chapter '${id}' (${lang}) cannot be read`, doc.findings);
    return doc;
  }

  glossary(): Term[] {
    return (this.glossaryCache ??= values(loadGlossary(this.root, this.loadOptions), 'the glossary'));
  }

  models(): Model[] {
    return (this.modelsCache ??= values(loadModels(this.root, this.loadOptions), 'the models file'));
  }

  timeline(): Stage[] {
    return (this.timelineCache ??= values(loadTimeline(this.root, this.loadOptions), 'the timeline'));
  }

  quizzes(): Quiz[] {
    return (this.quizzesCache ??= loadQuizzes(this.root, this.loadOptions).flatMap((doc) => quizOf(doc) ?? []));
  }

  /**
   * The quiz `id` read from its own file, `quizzes/<id>.yaml`, and no other: undefined when there is
   * no such file or its id is another (a pack lm-lint fails; `quizzes()` reads them all).
   */
  quiz(id: string): Quiz | undefined {
    if (this.quizzesCache) return this.quizzesCache.find((q) => q.id === id);
    if (!this.quizCache.has(id)) {
      const file = quizFiles(this.root).find((f) => f.name === id);
      const quiz = file && quizOf(loadQuiz(this.root, file.file, file.name, this.loadOptions));
      this.quizCache.set(id, quiz?.id === id ? quiz : undefined);
    }
    return this.quizCache.get(id);
  }
}

function quizOf(doc: QuizDoc): Quiz | undefined {
  const questions = values(doc, `quiz '${doc.name}'`);
  return doc.header ? { ...doc.header, questions } : undefined;
}

function values<T>(doc: ListDoc<T> | undefined, what: string): T[] {
  if (!doc) return [];
  failOnErrors(doc.findings, `${what} is not valid`);
  return doc.entries.map((e) => e.value);
}

function failOnErrors(findings: Finding[], message: string): void {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw new ContentError(message, errors, ['run `lm-lint` on the pack for the full report']);
}
