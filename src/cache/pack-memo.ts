/**
 * The pack loaders of src/course/load.ts, remembered: each file is read
 * (safely, as the loader would), its text hashed, and the loader's result for
 * exactly that text is taken from the cache or computed (the loader is handed
 * the text already read, so what is hashed is what is parsed) and stored. A
 * file edited on disk has another hash, so it is never served stale. Hits
 * carry no YAML source, line index or front-matter source (lint, which needs
 * them, does not use the cache); a file that cannot be read goes straight to
 * the loader, which reports why. Keys and stored findings name files relative
 * to the pack, so entries hold wherever the pack is (the built-in pack's
 * entries are compiled at build time, see scripts/build/compile-pack.mjs).
 */
import { join, relative } from 'node:path';
import type { ChapterDoc, Section } from '../course/chapter.js';
import type { Finding } from '../course/finding.js';
import { LineIndex } from '../course/lines.js';
import {
  loadChapter,
  loadGlossary,
  loadManifest,
  loadModels,
  loadQuiz,
  loadTimeline,
  type ListDoc,
  type LoadOptions,
  type QuizDoc,
  type YamlDoc,
} from '../course/load.js';
import { readPackFile } from '../course/pack-files.js';
import { chapterPath, listPath, manifestPath, quizFiles } from '../course/paths.js';
import type { Manifest, Model, Stage, Term } from '../course/schema.js';
import { hashText } from './hash.js';
import { packInputs, RACY_MS, ReadLog, settled, stampOf, unchanged, unpackInputs, type PackedInput, type Stamp } from './read-log.js';
import { CacheStore, isJson, type CacheKey } from './store.js';

type Loaded<T> = { value: T; text: string | undefined };

/** A page of text and what else its command needs to know about it. */
export interface Page<M> {
  text: string;
  meta: M;
}

export class PackMemo {
  /** The pack files read through this memo, for `rememberOutput`. */
  private readonly log = new ReadLog();

  private readonly now: () => number;
  private readonly stamps: boolean;

  /**
   * `now`: the clock that tells a new file from an old one (tests move it);
   * `stamps: false`: remember no hashes by stamp (a build's shipped entries,
   * whose stamps are the build machine's).
   */
  constructor(
    readonly store: CacheStore,
    options: { now?: () => number; stamps?: boolean } = {},
  ) {
    this.now = options.now ?? Date.now;
    this.stamps = options.stamps ?? true;
  }

  manifest(root: string): YamlDoc<Manifest> {
    const file = manifestPath(root);
    const { value } = this.file(root, file, 'manifest', [], (opts) => loadManifest(root, opts), {
      pack: (doc) => ({ data: doc.data, findings: doc.findings }),
      unpack: (json: { data: Manifest | undefined; findings: Finding[] }) => ({ file, source: undefined, ...json }),
    });
    return value;
  }

  chapter(root: string, id: string, lang: string): ReturnType<typeof loadChapter> {
    const file = chapterPath(root, id, lang);
    const { value } = this.file(root, file, 'chapter', [id, lang], (opts) => loadChapter(root, id, lang, opts), {
      pack: (doc) => ('text' in doc ? packChapter(doc) : { findings: doc.findings }),
      unpack: (json: PackedChapter | { findings: Finding[] }, text) => ('sections' in json ? unpackChapter(json, file, id, lang, text) : { file, findings: json.findings }),
    });
    return value;
  }

  glossary(root: string): ListDoc<Term> | undefined {
    return this.list(root, listPath(root, 'glossary'), 'glossary', (opts) => loadGlossary(root, opts));
  }

  models(root: string): ListDoc<Model> | undefined {
    return this.list(root, listPath(root, 'models'), 'models', (opts) => loadModels(root, opts));
  }

  timeline(root: string): ListDoc<Stage> | undefined {
    return this.list(root, listPath(root, 'timeline'), 'timeline', (opts) => loadTimeline(root, opts));
  }

  quizzes(root: string): QuizDoc[] {
    return quizFiles(root).map(({ name, file }) => {
      const { value } = this.file(root, file, 'quiz', [name], (opts) => loadQuiz(root, file, name, opts), {
        pack: (doc) => ({ key: doc.key, entries: doc.entries, findings: doc.findings, header: doc.header }),
        unpack: (json: Omit<QuizDoc, 'file' | 'source' | 'name'>) => ({ file, source: undefined, name, ...json }),
      });
      return value;
    });
  }

  /**
   * A whole output computed from the pack files read through this memo (and
   * nothing else: `key` names every other input), remembered with those
   * files' stamps and served again while they are unchanged (see read-log.ts).
   * For outputs that read many files, such as a search.
   */
  rememberOutput<T>(ns: string, root: string, key: CacheKey, compute: () => T): T {
    const entry = this.store.get<{ inputs: unknown; value: T }>(ns, [root, ...key]);
    if (entry && entry.value !== undefined && this.stillValid(root, entry.inputs, (inputs) => this.store.set(ns, [root, ...key], { inputs, value: entry.value }))) {
      return entry.value;
    }
    const value = compute();
    this.store.set(ns, [root, ...key], { inputs: packInputs(root, this.log.inputs(this.now())), value });
    return value;
  }

  /**
   * rememberOutput for a page of text (a search's hits, a chapter): the text
   * is stored after the entry, as it is, and read back without JSON's
   * escaping and parsing, which for a search over thousands of chapters
   * (a megabyte and more) cost milliseconds.
   */
  rememberPage<M>(ns: string, root: string, key: CacheKey, compute: () => Page<M>): Page<M> {
    const entry = this.store.getWithText<{ inputs: unknown; meta: M }>(ns, [root, ...key]);
    if (
      entry &&
      entry.value.meta !== undefined &&
      this.stillValid(root, entry.value.inputs, (inputs) => this.store.setWithText(ns, [root, ...key], { inputs, meta: entry.value.meta }, entry.text))
    ) {
      return { text: entry.text, meta: entry.value.meta };
    }
    const page = compute();
    this.store.setWithText(ns, [root, ...key], { inputs: packInputs(root, this.log.inputs(this.now())), meta: page.meta }, page.text);
    return page;
  }

  /** Whether stored inputs are all unchanged; when some need their content compared no longer, `restore` is handed them packed again. */
  private stillValid(root: string, packed: unknown, restore: (inputs: PackedInput[]) => void): boolean {
    const stored = unpackInputs(root, packed);
    if (!stored || !unchanged(root, stored)) return false;
    // Stored just after an edit, it was checked by content; once the edit is old, by stamps only.
    const inputs = settled(stored, this.now());
    if (inputs) restore(packInputs(root, inputs));
    return true;
  }

  /** Any pure function of one pack file's text (whose value names no file), remembered by that text's hash. */
  derived<T>(ns: string, root: string, file: string, text: string, extra: readonly (string | number | boolean)[], compute: () => T): T {
    return this.store.remember(ns, [relative(root, file), hashText(text), ...extra], compute);
  }

  /**
   * The hash of a file's text, read just now, stamped just before: remembered
   * by its stamp (path, size, times, inode, device), so that a run over
   * unchanged files hashes nothing (and loads no node:crypto). Only a stamp
   * older than RACY_MS is remembered: an edit after it would change the
   * change time, so the same stamp means the same content (read-log.ts).
   */
  private hashOf(file: string, before: Stamp | undefined, text: string): string {
    if (!this.stamps || before === undefined) return hashText(text);
    const key = [file, before.stamp];
    const known = this.store.get<unknown>('stamp', key);
    if (typeof known === 'string') return known;
    const hash = hashText(text);
    if (before.changedMs < this.now() - RACY_MS) this.store.set('stamp', key, hash);
    return hash;
  }

  private list<T>(root: string, file: string, ns: string, load: (opts: LoadOptions) => ListDoc<T> | undefined): ListDoc<T> | undefined {
    const { value } = this.file(root, file, ns, [], load, {
      pack: (doc) => (doc === undefined ? null : { key: doc.key, entries: doc.entries, findings: doc.findings }),
      unpack: (json: Omit<ListDoc<T>, 'file' | 'source'> | null) => (json === null ? undefined : { file, source: undefined, ...json }),
    });
    return value;
  }

  private file<T, J>(
    root: string,
    file: string,
    ns: string,
    extra: readonly string[],
    load: (opts: LoadOptions) => T,
    codec: { pack: (value: T) => J; unpack: (json: J, text: string) => T },
  ): Loaded<T> {
    const before = stampOf(file);
    const read = readPackFile(root, file);
    const hash = read.ok ? this.hashOf(file, before, read.text) : null;
    this.log.record(file, before, hash);
    if (!read.ok) return { value: load({}), text: undefined };
    const key = [relative(root, file), hash!, ...extra];
    const hit = this.store.get<J>(ns, key);
    if (hit !== undefined) return { value: codec.unpack(withFindings(hit, (f) => ({ ...f, file: join(root, f.file) })), read.text), text: read.text };
    const value = load({ overlay: new Map([[file, read.text]]) });
    const packed = codec.pack(value);
    if (isJson(packed)) this.store.set(ns, key, withFindings(packed, (f) => ({ ...f, file: relative(root, f.file) })));
    return { value, text: read.text };
  }
}

/** `value` with `map` applied to its `findings` (every packed value keeps them at the top; the loaders' findings are all inside the pack). */
function withFindings<J>(value: J, map: (f: Finding) => Finding): J {
  const findings = (value as { findings?: Finding[] } | null)?.findings;
  if (!Array.isArray(findings)) return value;
  return { ...value, findings: findings.map(map) };
}

/** A chapter without what can be rebuilt from its text (the text, line index, intro and section Markdown). */
type PackedChapter = Omit<ChapterDoc, 'file' | 'chapterId' | 'lang' | 'text' | 'lines' | 'frontMatterSource' | 'intro' | 'sections'> & {
  sections: Omit<Section, 'markdown'>[];
  introEnd: number;
};

function packChapter(doc: ChapterDoc): PackedChapter {
  return {
    frontMatter: doc.frontMatter,
    bodyStart: doc.bodyStart,
    bodyLine: doc.bodyLine,
    introEnd: doc.bodyStart + doc.intro.length,
    headings: doc.headings,
    sections: doc.sections.map(({ markdown: _markdown, ...rest }) => rest),
    findings: doc.findings,
  };
}

function unpackChapter(json: PackedChapter, file: string, chapterId: string, lang: string, text: string): ChapterDoc {
  return {
    file,
    chapterId,
    lang,
    text,
    lines: new LineIndex(text),
    frontMatter: json.frontMatter,
    frontMatterSource: undefined,
    bodyStart: json.bodyStart,
    bodyLine: json.bodyLine,
    intro: text.slice(json.bodyStart, json.introEnd),
    headings: json.headings,
    sections: json.sections.map((s) => ({ ...s, markdown: text.slice(s.start, s.end) })),
    findings: json.findings,
  };
}

/** The pack memo for this environment's cache, or undefined when there is no cache. */
export function packMemoFor(env: Record<string, string | undefined>): PackMemo | undefined {
  const store = CacheStore.fromEnv(env);
  return store && new PackMemo(store);
}
