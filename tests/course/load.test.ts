import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Course } from '../../src/course/course.js';
import { readPack } from '../../src/course/pack-model.js';
import { ContentError } from '../../src/errors.js';

const MINI = join(import.meta.dirname, '..', 'fixtures', 'mini');

function copyMini(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lm-mini-'));
  cpSync(MINI, dir, { recursive: true });
  return dir;
}

describe('readPack', () => {
  it('loads a valid pack with no findings', () => {
    const pack = readPack(MINI);
    expect(pack.findings).toEqual([]);
    expect(pack.languages).toEqual(['zh', 'en']);
    expect(pack.chapters.map((c) => `${c.chapterId}.${c.lang}`).sort()).toEqual(['basics.en', 'basics.zh']);
    const zh = pack.chapters.find((c) => c.lang === 'zh')!;
    expect(zh.sections.map((s) => [s.id, s.line])).toEqual([
      ['probability', 9],
      ['tokens', 13],
    ]);
    expect(pack.quizzes[0]!.entries.map((e) => e.value.id)).toEqual(['what-lm-assigns', 'text-split']);
  });

  it('reports a schema error at the offending YAML line and keeps the other questions', () => {
    const dir = copyMini();
    const file = join(dir, 'quizzes', 'basics.yaml');
    const text = readPack(MINI).quizzes[0]!;
    expect(text.entries).toHaveLength(2);
    writeFileSync(file, `id: basics\ntitle: { zh: 测验, en: Quiz }\ntopic: basics\npass: 0.5\nquestions:\n  - id: bad\n    type: truefalse\n    ref: basics#tokens\n    evidence: { zh: 切分成词元, en: split into tokens }\n    prompt: { zh: 问, en: Q }\n    answer: maybe\n    explian: { zh: 是, en: yes }\n    explain: { zh: 是, en: yes }\n  - id: good\n    type: truefalse\n    ref: basics#tokens\n    evidence: { zh: 切分成词元, en: split into tokens }\n    prompt: { zh: 问, en: Q }\n    answer: true\n    explain: { zh: 是, en: yes }\n`);
    const pack = readPack(dir);
    const quiz = pack.quizzes[0]!;
    expect(quiz.entries.map((e) => e.value.id)).toEqual(['good']);
    const byRule = Object.fromEntries(quiz.findings.map((f) => [f.rule, f]));
    expect(byRule.schema).toMatchObject({ line: 11, column: 13, severity: 'error' });
    expect(byRule.schema!.message).toContain('questions[0].answer');
    expect(byRule['unknown-key']).toMatchObject({ line: 12, column: 5, severity: 'warning' });
    expect(byRule['unknown-key']!.message).toContain("did you mean 'explain'");
  });

  it('offsets front matter findings into the file', () => {
    const dir = copyMini();
    writeFileSync(join(dir, 'content', 'basics.en.md'), '---\nid: basics\ntitle: t\n  summary: s\n---\n\n## A {#a}\n\nText.\n');
    const chapter = readPack(dir).chapters.find((c) => c.lang === 'en')!;
    // The bad indentation is on file line 4 (front matter line 3): the offset of the opening --- is added.
    expect(chapter.findings[0]).toMatchObject({ rule: 'yaml-syntax', line: 3, column: 8 });
  });

  it('turns unreadable and hostile files into findings', () => {
    const dir = copyMini();
    writeFileSync(join(dir, 'content', 'glossary.yaml'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    writeFileSync(join(dir, 'content', 'models.yaml'), 'a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n');
    const pack = readPack(dir);
    const messages = pack.findings.map((f) => `${f.rule}: ${f.message}`);
    expect(messages).toContain('file: is not valid UTF-8 text');
    expect(pack.findings.some((f) => f.file.endsWith('models.yaml') && f.rule === 'yaml-syntax')).toBe(true);
  });
});

describe('Course', () => {
  it('opens lazily and reads one chapter', () => {
    const course = Course.open(MINI);
    expect(course.defaultLang).toBe('zh');
    expect(course.chapter('basics', 'en').frontMatter?.title).toBe('Basics');
    expect(course.quizzes()[0]!.questions).toHaveLength(2);
  });

  it('refuses an invalid chapter with its findings', () => {
    const dir = copyMini();
    writeFileSync(join(dir, 'content', 'basics.en.md'), 'no front matter\n');
    const course = Course.open(dir);
    expect(() => course.chapter('basics', 'en')).toThrow(ContentError);
  });
});
