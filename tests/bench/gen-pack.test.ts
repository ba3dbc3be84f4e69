import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePack, writePack } from '../../scripts/gen-pack.mjs';
import type { ChapterDoc } from '../../src/course/chapter.js';
import { parseRef } from '../../src/course/ids.js';
import { readPack } from '../../src/course/pack-model.js';
import { QUESTION_TYPES } from '../../src/course/schema.js';
import { ROOT, runBin } from '../helpers/run-bin.js';

const GEN = join(ROOT, 'scripts', 'gen-pack.mjs');

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lm-gen-'));
  made.push(dir);
  return dir;
}

function generateTo(chapters: number, seed: string): string {
  const dir = tempDir();
  writePack(dir, generatePack({ chapters, seed }).files);
  return dir;
}

function filesUnder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const sub of ['content', 'quizzes']) {
    for (const name of readdirSync(join(dir, sub)).sort()) out.set(`${sub}/${name}`, readFileSync(join(dir, sub, name), 'utf8'));
  }
  return out;
}

/** The section text as a reader sees it, as FORMAT.md defines grounding: markup removed, white space folded, case ignored. */
function readerText(markdown: string): string {
  return markdown.replace(/\*\*/g, '').replace(/\s+/g, ' ').toLowerCase();
}

/** Every string under a `zh` key, anywhere in a value. */
function chineseStrings(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) chineseStrings(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'zh' && typeof item === 'string') out.push(item);
      else chineseStrings(item, out);
    }
  }
  return out;
}

/** The prose lines of a Chinese chapter: no front matter, code blocks, table rules, list markers or anchors. */
function proseLines(chapter: ChapterDoc): string[] {
  let inCode = false;
  const lines: string[] = [];
  for (const line of chapter.text.slice(chapter.bodyStart).split('\n')) {
    if (line.startsWith('```')) inCode = !inCode;
    else if (!inCode && !/^\|( --- \|)+$/.test(line)) lines.push(line.replace(/^(- |\d+\. |## )/, '').replace(/ \{#[a-z0-9-]+\}$/, ''));
  }
  return [chapter.frontMatter!.title, chapter.frontMatter!.summary, ...lines];
}

const CJK = '\\u3400-\\u9fff';
const TYPOGRAPHY: [string, RegExp][] = [
  ['CJK next to a Latin letter or digit', new RegExp(`[${CJK}][A-Za-z0-9]|[A-Za-z0-9][${CJK}]`)],
  ['half-width punctuation next to CJK', new RegExp(`[${CJK}][,.;:!?()]|[,.;:!?()][${CJK}]`)],
  ['repeated punctuation', /([。，、；：！？])\1/],
];

describe('gen-pack', () => {
  it('is deterministic for a given N and seed, and the seed matters', () => {
    const a = generatePack({ chapters: 3, seed: 'alpha' });
    const b = generatePack({ chapters: 3, seed: 'alpha' });
    const c = generatePack({ chapters: 3, seed: 'beta' });
    expect([...a.files]).toEqual([...b.files]);
    expect([...c.files.keys()]).toEqual([...a.files.keys()]);
    expect(c.files.get('content/lesson-0001.en.md')).not.toEqual(a.files.get('content/lesson-0001.en.md'));
  });

  it('writes byte-identical files from the command line, the same as the module returns', () => {
    const dirs = [tempDir(), tempDir()];
    for (const dir of dirs) {
      const run = spawnSync(process.execPath, [GEN, '--chapters', '3', '--seed', '42', '--out', dir, '--force'], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    }
    const written = filesUnder(dirs[0]!);
    expect(filesUnder(dirs[1]!)).toEqual(written);
    expect(written).toEqual(generatePack({ chapters: 3, seed: '42' }).files);
  });

  it('refuses a non-empty directory without --force, and bad arguments, with exit 2', () => {
    const dir = generateTo(1, 'x');
    const full = spawnSync(process.execPath, [GEN, '--chapters', '2', '--out', dir], { encoding: 'utf8' });
    expect(full.status).toBe(2);
    expect(full.stderr).toMatch(/^gen-pack: .* is not empty/);
    const bad = spawnSync(process.execPath, [GEN, '--chapters', 'many', '--out', tempDir()], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--chapters must be a whole number');
  });

  it.each([3, 20])('writes a valid two-language pack of %i chapters with 10N grounded questions', (n) => {
    const dir = generateTo(n, 'valid');
    const pack = readPack(dir);
    expect(pack.findings).toEqual([]);
    expect(pack.languages).toEqual(['zh', 'en']);
    expect(pack.manifest.data!.chapters).toHaveLength(n);
    expect(pack.chapters).toHaveLength(2 * n);

    const sections = new Map<string, Map<string, string>>();
    for (const chapter of pack.chapters) {
      const ids = chapter.sections.map((s) => s.id);
      const other = pack.chapters.find((c) => c.chapterId === chapter.chapterId && c.lang !== chapter.lang)!;
      expect(ids).toEqual(other.sections.map((s) => s.id));
      expect(chapter.frontMatter!.id).toBe(chapter.chapterId);
      for (const s of chapter.sections) {
        const key = `${chapter.chapterId}#${s.id}`;
        if (!sections.has(key)) sections.set(key, new Map());
        sections.get(key)!.set(chapter.lang, readerText(s.markdown));
      }
    }
    expect(pack.chapters.some((c) => c.text.includes('\n| --- |'))).toBe(true);
    expect(pack.chapters.some((c) => c.text.includes('\n- **'))).toBe(true);

    expect(pack.quizzes.length).toBeGreaterThanOrEqual(2);
    const topics = Object.keys(pack.manifest.data!.topics);
    const questions = pack.quizzes.flatMap((quiz) => {
      expect(topics).toContain(quiz.header!.topic);
      return quiz.entries.map((e) => e.value);
    });
    expect(questions).toHaveLength(10 * n);
    expect(new Set(questions.map((q) => q.id)).size).toBe(10 * n);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    for (const q of questions) {
      const section = sections.get(q.ref);
      expect(section, q.ref).toBeDefined();
      for (const lang of ['zh', 'en']) {
        const evidence = (q.evidence as Record<string, string>)[lang]!;
        expect(section!.get(lang), `${q.id} ${lang}`).toContain(readerText(evidence));
      }
    }

    const refs = [...pack.glossary!.entries, ...pack.models!.entries].map((e) => e.value.ref);
    expect(refs.length).toBeGreaterThanOrEqual(6);
    for (const ref of refs) {
      const parsed = parseRef(ref)!;
      expect(parsed.section ? sections.has(ref) : pack.manifest.data!.chapters.includes(parsed.chapter), ref).toBe(true);
    }
  });

  it('writes Chinese text that follows the typography rules', () => {
    const pack = readPack(generateTo(20, 'typography'));
    const texts = [
      ...pack.chapters.filter((c) => c.lang === 'zh').flatMap(proseLines),
      ...chineseStrings(pack.quizzes.map((q) => [q.header, q.entries.map((e) => e.value)])),
      ...chineseStrings([pack.manifest.data, pack.glossary!.entries, pack.models!.entries]),
    ];
    expect(texts.length).toBeGreaterThan(1000);
    for (const [rule, pattern] of TYPOGRAPHY) {
      expect(texts.filter((t) => pattern.test(t)), rule).toEqual([]);
    }
  });

  it('lints clean with the built lm-lint: no errors, no warnings', () => {
    const dir = generateTo(20, 'lint');
    const run = runBin('lm-lint', [dir, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ findings: [], errorCount: 0, warningCount: 0 });
  });
});
