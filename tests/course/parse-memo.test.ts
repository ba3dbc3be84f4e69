/**
 * The parse memo (src/course/yaml-source.ts): a YAML text parsed once is
 * kept by its SHA-256 as its value and position tree, and a later parse of
 * the same text takes both from the memo. Only parses without findings are
 * kept; what the memo gives back is checked for shape and otherwise ignored.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTinyPack } from '../../scripts/bench/tiny-pack.mjs';
import { Course, MEMO_EVERY_CHAPTER } from '../../src/course/course.js';
import { loadQuiz } from '../../src/course/load.js';
import { readPack } from '../../src/course/pack-model.js';
import { locate, parseYaml, type DataPath, type ParseMemo } from '../../src/course/yaml-source.js';
import { lintPack } from '../../src/lint/runner.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** An in-memory memo that counts its reads, hits and writes, and lets a test reach into what it keeps. */
function memo(): ParseMemo & { kept: Map<string, unknown>; gets: number; hits: number; sets: number; checked: number } {
  const kept = new Map<string, unknown>();
  const m = {
    kept,
    gets: 0,
    /** Parses taken from the memo (namespace yaml-1), and checks found passed before. */
    hits: 0,
    checked: 0,
    sets: 0,
    get(ns: string, key: unknown) {
      m.gets++;
      const value = kept.get(`${ns}:${JSON.stringify(key)}`);
      if (value !== undefined) {
        if (ns === 'yaml-1') m.hits++;
        else m.checked++;
      }
      // What a JSON cache gives back: a copy, never the object that was stored.
      return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
    },
    set(ns: string, key: unknown, value: unknown) {
      if (ns === 'yaml-1') m.sets++;
      kept.set(`${ns}:${JSON.stringify(key)}`, JSON.parse(JSON.stringify(value)));
    },
  };
  return m;
}

/** `text` with a comment after it (a few hundred bytes of it, as in a real file). */
const kept = (text: string) => `${text}# ${'padding '.repeat(130)}\n`;

/** Every path to a value in `value`, for comparing positions. */
function paths(value: unknown, at: DataPath = []): DataPath[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (typeof value === 'object' && value !== null) return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}

const QUIZ = join(ROOT, 'quizzes', 'stages.yaml');

describe('parseYaml with a memo', () => {
  it('keeps a clean parse and gives back the same value and the same positions for every path', () => {
    const text = readFileSync(QUIZ, 'utf8');
    const m = memo();
    const fresh = parseYaml(QUIZ, text, { memo: m });
    expect(m.sets).toBe(1);
    const again = parseYaml(QUIZ, text, { memo: m });
    expect(m.hits).toBe(1);
    expect(m.sets).toBe(1);
    expect(again.findings).toEqual([]);
    expect(again.value).toEqual(fresh.value);
    const all = paths(fresh.value);
    expect(all.length).toBeGreaterThan(500);
    for (const path of all) {
      expect(locate(again.source, path)).toEqual(locate(fresh.source, path));
      const last = path[path.length - 1];
      if (typeof last === 'string') expect(locate(again.source, path.slice(0, -1), { key: last })).toEqual(locate(fresh.source, path.slice(0, -1), { key: last }));
    }
  });

  it('keeps a map with a key that is not a scalar, and finds the same places in it', () => {
    const text = kept('x:\n  ? [complex]\n  : 1\n  plain: 2\n');
    const m = memo();
    const fresh = parseYaml('key.yaml', text, { memo: m });
    const again = parseYaml('key.yaml', text, { memo: m });
    expect(m.hits).toBe(1);
    expect(again.value).toEqual(fresh.value);
    for (const path of [['x'], ['x', 'plain'], ['x', '[ complex ]'], ['x', 'missing']]) expect(locate(again.source, path)).toEqual(locate(fresh.source, path));
  });

  it('takes the kept parse instead of parsing again', () => {
    const m = memo();
    parseYaml('a.yaml', kept('title: real\n'), { memo: m });
    const [key] = [...m.kept.keys()];
    const entry = m.kept.get(key!) as { value: { title: string } };
    entry.value.title = 'from the memo';
    expect(parseYaml('a.yaml', kept('title: real\n'), { memo: m }).value).toEqual({ title: 'from the memo' });
    // Another text is another key.
    expect(parseYaml('a.yaml', kept('title: other\n'), { memo: m }).value).toEqual({ title: 'other' });
  });

  it('keeps no parse with findings, and none whose values JSON cannot hold', () => {
    const m = memo();
    expect(parseYaml('bad.yaml', kept('a: [1, 2\n'), { memo: m }).findings.length).toBeGreaterThan(0);
    expect(parseYaml('dup.yaml', kept('a: 1\na: 2\n'), { memo: m }).findings.length).toBeGreaterThan(0);
    expect(parseYaml('inf.yaml', kept('a: .inf\nb: .nan\n'), { memo: m }).value).toEqual({ a: Infinity, b: NaN });
    expect(m.sets).toBe(0);
    // And the kept-nothing texts still parse the same the second time.
    expect(parseYaml('inf.yaml', kept('a: .inf\nb: .nan\n'), { memo: m }).value).toEqual({ a: Infinity, b: NaN });
  });

  it.each([
    ['no tree', (e: Record<string, unknown>) => delete e.tree],
    ['no value', (e: Record<string, unknown>) => delete e.value],
    ['a tree of the wrong shape', (e: { tree: { starts: number[] } }) => e.tree.starts.pop()],
    ['a tree that is not an object', (e: Record<string, unknown>) => (e.tree = 'x')],
  ])('ignores a kept entry with %s, and parses the text', (_name, damage) => {
    const m = memo();
    parseYaml('a.yaml', kept('list:\n  - one\n  - two\n'), { memo: m });
    damage(m.kept.values().next().value as never);
    const parsed = parseYaml('a.yaml', kept('list:\n  - one\n  - two\n'), { memo: m });
    expect(parsed.value).toEqual({ list: ['one', 'two'] });
    expect(locate(parsed.source, ['list', 1]).line).toBe(3);
  });
});

describe('the loaders and lint with a memo', () => {
  const QUIZZES = join(ROOT, 'quizzes');

  it('load every built-in quiz bank to the same entries and findings', () => {
    const m = memo();
    for (const name of readdirSync(QUIZZES)) {
      const file = join(QUIZZES, name);
      const id = name.replace(/\.yaml$/, '');
      const plain = loadQuiz(ROOT, file, id);
      loadQuiz(ROOT, file, id, { memo: m });
      const kept = loadQuiz(ROOT, file, id, { memo: m });
      expect(kept.entries).toEqual(plain.entries);
      expect(kept.header).toEqual(plain.header);
      expect(kept.findings).toEqual(plain.findings);
    }
    expect(m.hits).toBe(readdirSync(QUIZZES).length);
  });

  it('does not check again a text that passed its check: its data is its value', () => {
    const m = memo();
    const file = join(QUIZZES, 'stages.yaml');
    loadQuiz(ROOT, file, 'stages', { memo: m });
    const entry = [...m.kept].find(([k]) => k.startsWith('yaml-1:'))![1] as { value: { questions: { type: string }[] } };
    entry.value.questions[0]!.type = 'no-such-type';
    const again = loadQuiz(ROOT, file, 'stages', { memo: m });
    expect(m.checked).toBe(1);
    expect(again.findings).toEqual([]);
    expect(again.entries[0]!.value.type).toBe('no-such-type');
    // Without the memo the same text is checked, and passes.
    expect(loadQuiz(ROOT, file, 'stages').entries[0]!.value.type).not.toBe('no-such-type');
  });

  it.each(['.', 'tests/fixtures/mini', 'tests/fixtures/reader', 'tests/fixtures/quiz-pack', 'tests/fixtures/analysis-pack'])(
    'our schemas only check: the data of a clean check is the parsed value, key for key (%s)',
    (dir) => {
      const root = join(ROOT, dir);
      const pack = readPack(root);
      const yaml = (file: string) => parseYaml(file, readFileSync(file, 'utf8')).value as Record<string, unknown>;
      expect(pack.manifest.data).toStrictEqual(yaml(join(root, 'content', 'course.yaml')));
      const lists = [pack.glossary, pack.models, pack.timeline, ...pack.quizzes].filter((d) => d !== undefined && d.findings.length === 0);
      expect(lists.length).toBeGreaterThan(0);
      for (const doc of lists) {
        const items = yaml(doc!.file)[doc!.key] as unknown[];
        expect(doc!.entries.map((e) => e.value)).toStrictEqual(items);
      }
      for (const chapter of pack.chapters.filter((c) => c.findings.length === 0)) {
        const fm = /^---\n([\s\S]*?)\n---/.exec(chapter.text)![1]!;
        expect(chapter.frontMatter).toStrictEqual(parseYaml(chapter.file, fm).value);
      }
    },
  );

  it('reads a pack with every YAML file from the memo the second time; chapters are not kept', () => {
    const m = memo();
    const first = readPack(ROOT, { memo: m });
    const writes = m.sets;
    expect(writes).toBe(10); // course.yaml, glossary, models, timeline and six quiz banks; no front matter: one entry a chapter would cost more than it saves
    const second = readPack(ROOT, { memo: m });
    expect(m.sets).toBe(writes);
    expect(m.hits).toBe(writes);
    expect(second.quizzes.map((q) => q.entries)).toEqual(first.quizzes.map((q) => q.entries));
    expect(second.chapters.map((c) => c.frontMatter)).toEqual(first.chapters.map((c) => c.frontMatter));
  });

  it.each(['lint-defects', 'quiz-flaws', 'lint-third-party-ja'])('lint finds the same findings, at the same places, in %s', async (fixture) => {
    const pack = join(ROOT, 'tests', 'fixtures', fixture);
    const m = memo();
    const plain = await lintPack(pack);
    if (fixture !== 'lint-third-party-ja') expect(plain.findings.length).toBeGreaterThan(0);
    await lintPack(pack, { memo: m });
    const kept = await lintPack(pack, { memo: m });
    expect(m.hits).toBeGreaterThan(0);
    expect(m.hits).toBe(m.sets);
    expect(kept.findings).toEqual(plain.findings);
  });

  it('a course keeps the chapter it shows, and the chapters a list reads in a pack of up to MEMO_EVERY_CHAPTER', () => {
    const m = memo();
    const course = Course.open(ROOT, { memo: m });
    expect(m.sets).toBe(1); // course.yaml
    for (const chapter of course.chapters('en')) expect(chapter.frontMatter).toBeDefined();
    expect(m.sets).toBe(1 + course.chapterIds.length);
    // Read again, nothing is parsed: every front matter comes from the memo.
    const hits = m.hits;
    for (const chapter of Course.open(ROOT, { memo: m }).chapters('en')) expect(chapter.frontMatter).toBeDefined();
    expect(m.sets).toBe(1 + course.chapterIds.length);
    expect(m.hits - hits).toBe(1 + course.chapterIds.length);
    course.chapter('stages', 'zh');
    expect(m.sets).toBe(2 + course.chapterIds.length);
  });

  it('a list of a larger pack keeps no chapter in the memo (a small entry each, thousands of them)', () => {
    const work = mkdtempSync(join(tmpdir(), 'lm-memo-many-'));
    try {
      const pack = writeTinyPack(join(work, 'pack'), MEMO_EVERY_CHAPTER + 1);
      const m = memo();
      const course = Course.open(pack, { memo: m });
      let read = 0;
      for (const chapter of course.chapters('en')) read += chapter.frontMatter ? 1 : 0;
      expect(read).toBe(MEMO_EVERY_CHAPTER + 1);
      expect(m.sets).toBe(1); // course.yaml only
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
