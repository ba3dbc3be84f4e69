/**
 * lm-lint --lang zh shows the loader's findings (file, yaml-syntax, front-matter, schema,
 * unknown-key) in Chinese: each broken pack below makes the loader write one of its templates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/errors.js';
import { contentErrorIn, loaderMessageZh } from '../../src/i18n/loader-messages.js';
import { runBin } from '../helpers/run-bin.js';
import { MINI, lint, packFrom } from '../lint/helpers.js';

const LOADER_RULES = ['file', 'yaml-syntax', 'front-matter', 'schema', 'unknown-key'];
const quiz = readFileSync(join(MINI, 'quizzes', 'basics.yaml'), 'utf8');
const zhChapter = readFileSync(join(MINI, 'content', 'basics.zh.md'), 'utf8');
const deep = `${'- '.repeat(80)}x\n`;

/** Each case: files to change in the mini pack, and what the zh message says. */
const CASES: [string, Record<string, string | Buffer>, string][] = [
  ['not UTF-8', { 'content/glossary.yaml': Buffer.from([0xff, 0xfe, 0x41]) }, '不是有效的 UTF-8 文本'],
  ['NUL bytes', { 'content/glossary.yaml': 'a\0b' }, '含有 NUL 字节，像是二进制文件'],
  ['no front matter', { 'content/basics.zh.md': zhChapter.replace('---\n', '') }, '缺少前言（含 id、title 和 summary 的 --- 块）'],
  ['front matter not closed', { 'content/basics.zh.md': zhChapter.replace(/---\n\n/, '\n') }, '前言没有以 --- 行结束'],
  ['YAML too deep', { 'content/glossary.yaml': deep }, '嵌套超过 64 层，未读取'],
  ['duplicate key', { 'content/glossary.yaml': 'a: 1\na: 2\n' }, '映射中的键重复'],
  ['tab indentation', { 'quizzes/basics.yaml': quiz.replace('\n  - id:', '\n\t- id:') }, '不能用制表符缩进'],
  ['missing quote', { 'quizzes/basics.yaml': 'a: "x\n' }, '缺少闭合的引号 "'],
  ['key without value', { 'quizzes/basics.yaml': 'a:\nb\n' }, '键的后面缺少值（少了冒号？）'],
  ['flow sequence not closed', { 'quizzes/basics.yaml': 'a: [1, 2\nb: 1\n' }, '块集合中的流式序列须缩进足够，并以 ] 结束'],
  ['reserved character', { 'quizzes/basics.yaml': 'a: 1\nb: @x\n' }, '不加引号的值不能以 @ 开头'],
  ['compact mapping', { 'quizzes/basics.yaml': 'a: b: c\n' }, '紧凑映射中不能嵌套映射'],
  ['unknown key with a hint', { 'quizzes/basics.yaml': quiz.replace('pass: 0.5', 'pass: 0.5\npas: 1') }, '未知的键“pas”（是不是“pass”？）'],
  ['wrong type', { 'quizzes/basics.yaml': quiz.replace(/prompt: \{[^}]*\}/, 'prompt: 5') }, 'questions[0].prompt：应为文本或映射，实际是数字'],
  ['missing field', { 'quizzes/basics.yaml': quiz.replace(/\n {4}prompt: \{[^}]*\}/, '') }, 'questions[0].prompt：缺少必填字段'],
  ['unknown type', { 'quizzes/basics.yaml': quiz.replace('type: single', 'type: singel') }, 'questions[0].type：未知的题型（应为 single、multiple、truefalse、order、numeric、match 之一）'],
  ['bad id', { 'quizzes/basics.yaml': quiz.replace('id: what-lm-assigns', 'id: What_LM') }, 'questions[0].id：必须是小写短横线格式（a-z、0-9，单个连字符）'],
  ['bad language', { 'content/course.yaml': readFileSync(join(MINI, 'content', 'course.yaml'), 'utf8').replace('[zh, en]', '[zh, english]') }, 'languages[1]：必须是语言代码，如 zh 或 en'],
];

describe('the loader’s findings in Chinese', () => {
  it.each(CASES)('%s', async (_name, files, expected) => {
    const shown = (await lint(packFrom(MINI, files), [], { lang: 'zh' })).filter((s) => LOADER_RULES.includes(s.rule));
    expect(shown.length, JSON.stringify(shown)).toBeGreaterThan(0);
    if (expected) expect(shown.map((s) => s.message)).toContain(expected);
    // Every loader finding in the run is in Chinese: no message left in the loader's English.
    for (const s of shown) expect(s.message, `${s.rule}: ${s.message}`).toMatch(/\p{Script=Han}/u);
  });

  it('keeps a message it does not know as written, and the data path before a known one', () => {
    expect(loaderMessageZh('Something the yaml package said')).toBe('Something the yaml package said');
    expect(loaderMessageZh('terms[2].definition: expected text or a map, received number')).toBe('terms[2].definition：应为文本或映射，实际是数字');
    expect(loaderMessageZh('Too small: expected string to have >=1 characters')).toBe('文本不少于 1 个字符');
    expect(loaderMessageZh('year: Too big: expected number to be <=2200')).toBe('year：数字必须不超过 2200');
  });

  it('English stays as the loader wrote it', async () => {
    const shown = await lint(packFrom(MINI, { 'quizzes/basics.yaml': quiz.replace('type: single', 'type: singel') }), ['schema'], { lang: 'en' });
    expect(shown.map((s) => s.message)).toEqual(['questions[0].type: unknown question type (expected one of single, multiple, truefalse, order, numeric, match)']);
  });
});

describe('an invalid pack, as lm-explain and lm-quiz report it', () => {
  const broken = () => packFrom(MINI, { 'content/course.yaml': readFileSync(join(MINI, 'content', 'course.yaml'), 'utf8').replace('[zh, en]', '[zh, english]') });

  it('in Chinese: the line, the finding with its severity word, and the hint', () => {
    const pack = broken();
    for (const [bin, args] of [['lm-explain', ['--lang', 'zh', '--pack', pack]], ['lm-quiz', ['list', '--lang', 'zh', '--pack', pack]]] as const) {
      const r = runBin(bin, [...args]);
      expect(r.code).toBe(1);
      expect(r.stderr.split('\n')).toEqual([`${bin}: 课程清单（content/course.yaml）无效`, expect.stringMatching(/course\.yaml:3:17 {2}错误 {2}languages\[1\]：必须是语言代码，如 zh 或 en {2}schema$/), '完整的报告请对课程包运行 `lm-lint`', '']);
    }
  });

  it('in English as before', () => {
    const r = runBin('lm-explain', ['--lang', 'en', '--pack', broken()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^lm-explain: the course manifest is not valid\n {2}.*course\.yaml:3:17 {2}error {2}languages\[1\]: must be a language code such as zh or en {2}schema\nrun `lm-lint` on the pack for the full report\n$/);
  });

  it('past ten findings, the rest is counted in the interface language', () => {
    const errors = new ContentError('the glossary is not valid', Array.from({ length: 12 }, (_, i) => ({ file: '/p/content/glossary.yaml', line: i + 1, column: 1, severity: 'error' as const, rule: 'schema', message: 'missing required field' })), ['run `lm-lint` on the pack for the full report']);
    const zh = contentErrorIn('zh', errors) as ContentError;
    expect(zh.message).toBe('术语表（content/glossary.yaml）无效');
    expect(zh.words?.more(2)).toBe('……另有 2 条');
    expect(zh.findings[0]!.message).toBe('缺少必填字段');
    expect(contentErrorIn('en', errors)).toBe(errors);
  });
});
