/**
 * Loading the parts of a pack, each on its own so a command reads only what
 * it needs: the manifest, one chapter file, the glossary, the models, the
 * timeline, the quizzes. Each result keeps its source (for positions) and the
 * findings met on the way; invalid list items are dropped, the rest kept.
 */
import * as z from 'zod';
import { frontMatterBlock, parseChapter, type ChapterDoc } from './chapter.js';
import type { Finding } from './finding.js';
import { markdownTooDeep, MAX_NESTING } from './nesting.js';
import { readPackFile, type Overlay } from './pack-files.js';
import { chapterPath, listPath, manifestPath, quizFiles } from './paths.js';
import { schemas, type Manifest, type Model, type Question, type Quiz, type Stage, type Term } from './schema.js';
import { validate } from './validate.js';
import { parseYaml, passed, passedBefore, type ParseMemo, type YamlSource } from './yaml-source.js';

export interface Entry<T> {
  value: T;
  /** The item's index in its YAML list, to locate it. */
  index: number;
}

export interface YamlDoc<T> {
  file: string;
  source: YamlSource | undefined;
  data: T | undefined;
  findings: Finding[];
}

export interface ListDoc<T> {
  file: string;
  source: YamlSource | undefined;
  /** The key of the list in the file: `terms`, `models`, `stages` or `questions`. */
  key: string;
  entries: Entry<T>[];
  findings: Finding[];
}

export interface QuizDoc extends ListDoc<Question> {
  /** The quiz id from the file name. */
  name: string;
  /** Everything in the file but its questions. */
  header: Omit<Quiz, 'questions'> | undefined;
}

/** How to read the files: `overlay` replaces some files' text (see `Overlay`); `memo` keeps YAML parses between runs. */
export interface LoadOptions {
  overlay?: Overlay;
  memo?: ParseMemo;
}

export const CHAPTER_FILE = /^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.md$/;

/** The manifest (the only single-document file); a text that passed its check before is not checked again. */
export function loadManifest(root: string, opts: LoadOptions = {}): YamlDoc<Manifest> {
  const file = manifestPath(root);
  const read = readPackFile(root, file, opts.overlay);
  if (!read.ok) return { file, source: undefined, data: undefined, findings: [read.finding] };
  const { source, value, findings } = parseYaml(file, read.text, { memo: opts.memo });
  if (value === undefined && findings.length > 0) return { file, source, data: undefined, findings };
  if (passedBefore(source, 'manifest')) return { file, source, data: (value ?? {}) as Manifest, findings: [] };
  const checked = validate(schemas().Manifest, value ?? {}, source);
  if (findings.length + checked.findings.length === 0) passed(source, 'manifest');
  return { file, source, data: checked.data, findings: [...findings, ...checked.findings] };
}

export function loadChapter(root: string, id: string, lang: string, opts: LoadOptions = {}): ChapterDoc | { file: string; findings: Finding[] } {
  const file = chapterPath(root, id, lang);
  const read = readPackFile(root, file, opts.overlay);
  if (!read.ok) return { file, findings: [read.finding] };
  // The front matter is YAML, checked by the YAML parser, not as Markdown.
  const deep = markdownTooDeep(read.text, frontMatterBlock(read.text).bodyStart);
  if (deep) {
    const line = read.text.slice(0, deep.offset).split('\n').length;
    const message = `Markdown nested more than ${MAX_NESTING} levels deep (quotes, lists, brackets, emphasis); not read`;
    return { file, findings: [{ file, line, column: 1, severity: 'error', rule: 'file', message }] };
  }
  return parseChapter(file, read.text, id, lang, opts);
}

/** A list file's item schema and its shell (the file with the list's items unchecked), built only when a check runs. */
const listSchemas = <T>(key: string, item: () => z.ZodType<T>) => () => ({ item: item(), shell: z.strictObject({ [key]: z.array(z.unknown()) }) });

export function loadGlossary(root: string, opts: LoadOptions = {}): ListDoc<Term> | undefined {
  return loadList(root, listPath(root, 'glossary'), 'terms', listSchemas('terms', () => schemas().Term), undefined, opts);
}

export function loadModels(root: string, opts: LoadOptions = {}): ListDoc<Model> | undefined {
  return loadList(root, listPath(root, 'models'), 'models', listSchemas('models', () => schemas().Model), undefined, opts);
}

export function loadTimeline(root: string, opts: LoadOptions = {}): ListDoc<Stage> | undefined {
  return loadList(root, listPath(root, 'timeline'), 'stages', listSchemas('stages', () => schemas().Stage), undefined, opts);
}

const quizSchemas = () => ({ item: schemas().Question, shell: schemas().Quiz.extend({ questions: z.array(z.unknown()) }) });

export function loadQuiz(root: string, file: string, name: string, opts: LoadOptions = {}): QuizDoc {
  let header: QuizDoc['header'];
  const list = loadList(root, file, 'questions', quizSchemas, (shell) => {
    const { questions: _questions, ...rest } = shell as Quiz;
    header = rest;
  }, opts) ?? { file, source: undefined, key: 'questions', entries: [], findings: [] };
  return { ...list, name, header };
}

export function loadQuizzes(root: string, opts: LoadOptions = {}): QuizDoc[] {
  return quizFiles(root).map(({ name, file }) => loadQuiz(root, file, name, opts));
}

/**
 * A file whose main content is one list: the shell (everything but the list
 * items) and each item are validated on their own, so one bad item keeps the rest.
 * Returns undefined when the file does not exist (these files are optional).
 */
function loadList<T>(
  root: string,
  file: string,
  key: string,
  schemasOf: () => { item: z.ZodType<T>; shell: z.ZodType },
  onShell?: (value: unknown) => void,
  opts: LoadOptions = {},
): ListDoc<T> | undefined {
  const read = readPackFile(root, file, opts.overlay);
  if (!read.ok) {
    if (read.finding.message === 'cannot read: no such file') return undefined;
    return { file, source: undefined, key, entries: [], findings: [read.finding] };
  }
  const parsed = parseYaml(file, read.text, { memo: opts.memo });
  const findings = [...parsed.findings];
  const entries: Entry<T>[] = [];
  if (parsed.value === undefined && findings.length > 0) return { file, source: parsed.source, key, entries, findings };
  const check = `list:${key}`;
  if (passedBefore(parsed.source, check)) {
    const value = parsed.value as Record<string, unknown>;
    onShell?.(value);
    (value[key] as T[]).forEach((item, index) => entries.push({ value: item, index }));
    return { file, source: parsed.source, key, entries, findings };
  }
  const { item, shell } = schemasOf();
  const checkedShell = validate(shell, parsed.value ?? {}, parsed.source);
  findings.push(...checkedShell.findings);
  if (checkedShell.data !== undefined) onShell?.(checkedShell.data);
  const list = (parsed.value as Record<string, unknown> | null)?.[key];
  if (Array.isArray(list)) {
    list.forEach((value, index) => {
      const checked = validate(item, value, parsed.source, [key, index]);
      findings.push(...checked.findings);
      if (checked.data !== undefined) entries.push({ value: checked.data, index });
    });
  }
  if (findings.length === 0 && Array.isArray(list)) passed(parsed.source, check);
  return { file, source: parsed.source, key, entries, findings };
}
