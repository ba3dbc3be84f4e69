/**
 * Every lab through the built binary (run `npm run build` first): small
 * corpora, --json, both languages, width 40, NO_COLOR; and bad input, which
 * gets one line and exit 2. Numbers come from training, so the checks are
 * properties (shapes, ranges, repeatability with a seed), never fixed figures.
 */
import { getEncoding } from 'js-tiktoken';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { displayWidth } from '../../src/text/width.js';
import { moduleRecorder } from '../helpers/loaded-modules.js';
import { runBin } from '../helpers/run-bin.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'lab');
const corpus = { en: join(FIXTURES, 'corpus.en.txt'), zh: join(FIXTURES, 'corpus.zh.txt') };
const lab = (args: string[]) => runBin('lm-explain', ['lab', ...args]);
const json = (args: string[]) => {
  const r = lab([...args, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

function fitsWidth(out: string, width: number): void {
  expect(out).not.toContain('\u001b');
  for (const line of out.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
}

describe('lm-explain lab', () => {
  test.each(['en', 'zh'])('lists the four labs (%s)', (lang) => {
    const r = runBin('lm-explain', ['--lang', lang, '--width', '40', 'lab']);
    expect(r.code).toBe(0);
    for (const name of ['ngram', 'neural', 'tokens', 'sample']) expect(r.stdout).toContain(`lm-explain lab ${name}`);
    fitsWidth(r.stdout, 40);
  });

  test.each(['en', 'zh'] as const)('ngram --json (%s): the curse of dimensionality grows with n', (lang) => {
    const out = json(['ngram', '--corpus', corpus[lang], '--prompt', lang === 'en' ? 'the model' : '语言', '--seed', '7']);
    expect(out.corpus.level).toBe(lang === 'en' ? 'word' : 'char');
    expect(out.curse.map((r: { n: number }) => r.n)).toEqual([1, 2, 3, 4, 5]);
    const unseen = out.curse.map((r: { unseen: number }) => r.unseen);
    for (let i = 1; i < unseen.length; i++) expect(unseen[i]).toBeGreaterThanOrEqual(unseen[i - 1]);
    for (const row of out.curse) expect(row.perplexityKneserNey).toBeGreaterThan(1);
    const top = out.next.top.map((t: { p: number }) => t.p);
    expect(top.reduce((a: number, b: number) => a + b, 0)).toBeLessThanOrEqual(1 + 1e-9);
    expect([...top].sort((a, b) => b - a)).toEqual(top);
    expect(json(['ngram', '--corpus', corpus[lang], '--seed', '7']).generated).toEqual(json(['ngram', '--corpus', corpus[lang], '--seed', '7']).generated);
  });

  test('the Chinese labs put a full-width colon after a Chinese label', () => {
    for (const args of [
      ['ngram', '--corpus', corpus.zh],
      ['neural', '--corpus', corpus.zh, '--steps', '20'],
      ['sample', '--corpus', corpus.zh, '--samples', '1'],
      ['tokens', '词元不是词。'],
    ]) {
      const r = runBin('lm-explain', ['--lang', 'zh', '--width', '100', 'lab', ...args]);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      expect(r.stdout.match(/[\p{Script=Han}）」]: .*/gu) ?? [], args.join(' ')).toEqual([]);
    }
    expect(runBin('lm-explain', ['--lang', 'zh', 'lab', 'ngram', '--corpus', corpus.zh]).stdout).toContain('平滑：');
  });

  test.each(['en', 'zh'] as const)('an equation such as n = 5 is never split across lines (%s)', (lang) => {
    for (const width of [20, 26, 32, 40, 48]) {
      const r = runBin('lm-explain', ['--lang', lang, '--width', String(width), 'lab', 'ngram', '--corpus', corpus[lang]]);
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stdout.split('\n');
      const split = lines.flatMap((line, i) => (/^= /.test(lines[i + 1] ?? '') || / =$/.test(line) ? [`${line} / ${lines[i + 1]}`] : []));
      expect(split, `width ${width}`).toEqual([]);
    }
  });

  test.each(['en', 'zh'] as const)('a sample that wraps goes on under its text, not under its number (%s)', (lang) => {
    const r = runBin('lm-explain', ['--lang', lang, '--width', '24', 'lab', 'sample', '--corpus', corpus[lang], '--samples', '3']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const samples = lines.flatMap((line, i) => (/^\d+\. /.test(line) ? [i] : []));
    expect(samples.length).toBeGreaterThanOrEqual(3);
    const continued = samples.flatMap((i) => {
      const rest: string[] = [];
      for (let j = i + 1; j < lines.length && lines[j] !== '' && !/^(\d+\. |#)/.test(lines[j]!); j++) rest.push(lines[j]!);
      return rest;
    });
    expect(continued.length).toBeGreaterThan(0);
    for (const line of continued) expect(line, line).toMatch(/^ {3}\S/);
  });

  test.each(['en', 'zh'] as const)('each nearest neighbour stays with its similarity, under the first one (%s)', (lang) => {
    const r = runBin('lm-explain', ['--lang', lang, '--width', '30', 'lab', 'neural', '--corpus', corpus[lang], '--steps', '20']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const start = lines.findIndex((line) => /^\S+ → \S+ -?\d\.\d\d/u.test(line));
    expect(start).toBeGreaterThan(0);
    const block = lines.slice(start, lines.indexOf('', start));
    expect(block.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(0);
    let indent = -1;
    for (const line of block) {
      expect(line, line).toMatch(/^(?:\S+ → | {2,})(?:\S+ -?\d\.\d\d(?:, |,$|$))+$/u);
      if (!line.startsWith(' ')) indent = displayWidth(line.slice(0, line.indexOf('→ ') + 2));
      else expect(line.search(/\S/), line).toBe(indent);
    }
  });

  test.each([20, 34] as const)('the characters counted in each language stay whole at %i columns', (width) => {
    for (const [lang, unit] of [['zh', '个字符'], ['en', 'characters']] as const) {
      const r = runBin('lm-explain', ['--lang', lang, '--width', String(width), 'lab', 'tokens', 'hello']);
      expect(r.code, r.stderr).toBe(0);
      // Whole where the count and its unit fit the line with the dot after them; else the language and the number stay together.
      const unitToo = width >= 34 || lang === 'zh';
      for (const code of ['zh', 'en']) expect(r.stdout, `${lang} ${code}`).toMatch(new RegExp(`^(?:.* · )?${code}: [\\d,]+${unitToo ? ` ${unit}` : ''}(?: ·|$| )`, 'mu'));
      for (const line of r.stdout.split('\n')) expect(displayWidth(line), `${lang} ${width}: ${line}`).toBeLessThanOrEqual(width);
    }
  });

  test.each(['en', 'zh'] as const)('each lab fits 40 columns with NO_COLOR (%s)', (lang) => {
    for (const args of [
      ['ngram', '--corpus', corpus[lang], '--prompt', lang === 'en' ? 'the' : '模型'],
      ['neural', '--corpus', corpus[lang], '--steps', '20'],
      ['sample', '--corpus', corpus[lang], '--samples', '1'],
      ['tokens', lang === 'en' ? 'Tokens, not words.' : '词元不是词。'],
    ]) {
      const r = runBin('lm-explain', ['--lang', lang, '--width', '40', 'lab', ...args]);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      fitsWidth(r.stdout, 40);
    }
  });

  test('neural --json: a fixed number of steps with a seed gives the same model twice', () => {
    const args = ['neural', '--corpus', corpus.zh, '--steps', '40', '--seed', '3'];
    const a = json(args);
    expect(a.status).toBe('finished');
    expect(a.steps).toBe(40);
    expect(a.tokens).toBe(40 * a.model.batch);
    expect(a.perplexity).toBeGreaterThan(1);
    expect(a.ngram.n).toBe(a.model.context + 1);
    expect(json(args).perplexity).toBe(a.perplexity);
  });

  test('tokens --json: counts equal js-tiktoken for each encoding', () => {
    const text = 'Mixed 中文 and emoji 👩‍💻 with\ttabs';
    const out = json(['tokens', text]);
    for (const e of out.texts[0].encodings) expect(e.count).toBe(getEncoding(e.encoding).encode(text).length);
    expect(out.charactersPerToken.map((r: { lang: string }) => r.lang)).toEqual(['zh', 'en']);
  });

  test('sample --json: seeded samples repeat, top-k keeps k tokens, low temperature sharpens', () => {
    const args = ['sample', '--corpus', corpus.en, '--prompt', 'the', '--temperature', '0.5,2', '--top-k', '3', '--seed', '5'];
    const a = json(args);
    expect(json(args)).toEqual(a);
    for (const s of a.settings) expect(s.top.filter((t: { p: number }) => t.p > 0).length).toBeLessThanOrEqual(3);
    expect(a.settings[0].top[0].p).toBeGreaterThan(a.settings[1].top[0].p);
    expect(json([...args.slice(0, -1), '6']).settings[0].samples).not.toEqual(a.settings[0].samples);
  });
});

describe('the labs load only when a lab runs', () => {
  test('show and --version load no tokeniser; the tokens lab does', () => {
    const recorded = moduleRecorder();
    const files = (args: string[]) => recorded('lm-explain', args);
    for (const args of [['--version'], ['show', 'stages'], ['list']]) expect(files(args).filter((f) => f.includes('gpt-tokenizer')), args.join(' ')).toEqual([]);
    expect(files(['lab', 'tokens', 'hi']).some((f) => f.includes('gpt-tokenizer'))).toBe(true);
  });
});

describe('bad input: one line, exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lm-lab-bad-'));
  const write = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const huge = write('huge.txt', '');
  truncateSync(huge, 200 * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk

  test.each([
    ['an empty corpus', ['ngram', '--corpus', write('empty.txt', '')], /at least 50/],
    ['a binary corpus', ['ngram', '--corpus', write('bin.dat', Buffer.from('ab\ncd\u0000\u0001'))], /bin\.dat:2: .*binary/],
    ['a 200 MB corpus', ['ngram', '--corpus', huge], /200\.0 MB; the labs take at most 8 MB/],
    ['a missing corpus', ['neural', '--corpus', join(dir, 'nope.txt')], /ENOENT/],
    ['a directory as corpus', ['sample', '--corpus', dir], /not a regular file/],
    ['n = 0', ['ngram', '--n', '0'], /--n must be a whole number from 1 to 5/],
    ['n = 50', ['ngram', '--n', '50'], /--n must be a whole number from 1 to 5/],
    ['temperature 0', ['sample', '--temperature', '0'], /--temperature/],
    ['an empty prompt', ['ngram', '--prompt', '   '], /no tokens/],
    ['empty text to split', ['tokens', ''], /empty/],
    ['context 9', ['neural', '--context', '9'], /--context/],
  ])('%s', (_, args, message) => {
    const r = lab(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
