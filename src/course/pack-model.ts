/**
 * The whole pack, every file parsed, for lint: what was found, where, and
 * what could not be read. Commands that read one chapter use `openCourse`.
 */
import { join } from 'node:path';
import type { ChapterDoc } from './chapter.js';
import type { Finding } from './finding.js';
import {
  CHAPTER_FILE,
  loadChapter,
  loadGlossary,
  loadManifest,
  loadModels,
  loadQuizzes,
  loadTimeline,
  type ListDoc,
  type LoadOptions,
  type QuizDoc,
  type YamlDoc,
} from './load.js';
import { listDir } from './pack-files.js';
import type { Manifest, Model, Stage, Term } from './schema.js';

export interface PackModel {
  root: string;
  manifest: YamlDoc<Manifest>;
  /** The manifest's languages, or the languages the chapter files use when it has none. */
  languages: string[];
  /** Every chapter file in content/, listed or not. */
  chapters: ChapterDoc[];
  /** Names in content/ that look like chapter files but have an unusable name. */
  strayFiles: string[];
  glossary: ListDoc<Term> | undefined;
  models: ListDoc<Model> | undefined;
  timeline: ListDoc<Stage> | undefined;
  quizzes: QuizDoc[];
  /** Findings met while reading and parsing (file, yaml-syntax, front-matter, schema, unknown-key). */
  findings: Finding[];
}

const DATA_FILES = new Set(['course.yaml', 'glossary.yaml', 'models.yaml', 'timeline.yaml', 'README.md']);

export function readPack(root: string, opts: LoadOptions = {}): PackModel {
  const findings: Finding[] = [];
  const manifest = loadManifest(root, opts);
  findings.push(...manifest.findings);

  const chapters: ChapterDoc[] = [];
  const strayFiles: string[] = [];
  for (const name of listDir(root, 'content')) {
    if (DATA_FILES.has(name)) continue;
    const match = CHAPTER_FILE.exec(name);
    if (!match) {
      if (name.endsWith('.md')) strayFiles.push(join(root, 'content', name));
      continue;
    }
    const [, id, lang] = match;
    let doc: ReturnType<typeof loadChapter>;
    try {
      // Chapters are not kept in the memo: one entry per chapter of a big pack costs more than it saves.
      doc = loadChapter(root, id!, lang!, { overlay: opts.overlay });
    } catch {
      strayFiles.push(join(root, 'content', name));
      continue;
    }
    findings.push(...doc.findings);
    if ('text' in doc) chapters.push(doc);
  }

  const glossary = loadGlossary(root, opts);
  const models = loadModels(root, opts);
  const timeline = loadTimeline(root, opts);
  const quizzes = loadQuizzes(root, opts);
  for (const doc of [glossary, models, timeline, ...quizzes]) if (doc) findings.push(...doc.findings);

  const languages = manifest.data?.languages ?? [...new Set(chapters.map((c) => c.lang))];
  return { root, manifest, languages, chapters, strayFiles, glossary, models, timeline, quizzes, findings };
}
