import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerHelp, answerVersion, type HelpPages } from '../../src/cli/fast-path.js';
import { main as explainMain } from '../../src/cli/explain.js';
import { main as lintMain } from '../../src/cli/lint.js';
import { main as quizMain } from '../../src/cli/quiz.js';
import { run } from '../../src/cli/run.js';
import { VERSION } from '../../src/version.js';
import { memoryIo } from '../helpers/io.js';
import { ROOT, runBin } from '../helpers/run-bin.js';

describe('answerVersion', () => {
  it.each([[['--version']], [['-V']]])('answers %j with the version', (argv) => {
    let out = '';
    expect(answerVersion(argv, (text) => (out += text))).toBe(true);
    expect(out).toBe(`${VERSION}\n`);
  });

  it.each([[[]], [['--help']], [['--version', 'show']], [['show', '--version']], [['--versions']]])('leaves %j to the program', (argv) => {
    let out = '';
    expect(answerVersion(argv, (text) => (out += text))).toBe(false);
    expect(out).toBe('');
  });
});

describe('answerHelp', () => {
  const pages = (terminal: boolean, saved: Partial<Record<'zh' | 'en', string>> = { zh: '中文\n', en: 'English\n' }): HelpPages => ({
    page: (lang) => saved[lang],
    terminal: () => terminal,
  });
  const answer = (argv: string[], env: Record<string, string>, p: HelpPages) => {
    let out = '';
    return { answered: answerHelp(argv, env, p, (text) => (out += text)), out };
  };

  it.each([
    [['--help'], { LANG: 'en_US.UTF-8' }, 'English\n'],
    [['-h'], { LANG: 'zh_CN.UTF-8' }, '中文\n'],
    [['--help'], { LANG: 'en_US.UTF-8', LC_ALL: 'zh_TW.UTF-8' }, '中文\n'],
    [['--help'], { LANG: 'C' }, 'English\n'],
    [['--help'], {}, 'English\n'],
  ])('answers %j in the language of %j', (argv, env, expected) => {
    expect(answer(argv, env, pages(false))).toEqual({ answered: true, out: expected });
  });

  it.each([[[]], [['--help', 'show']], [['show', '--help']], [['--lang', 'zh', '--help']], [['help']], [['--helps']]])('leaves %j to the program', (argv) => {
    expect(answer(argv, { LANG: 'en_US.UTF-8' }, pages(false))).toEqual({ answered: false, out: '' });
  });

  it('leaves a terminal to the program, which lays the page out for its width', () => {
    expect(answer(['--help'], {}, pages(true))).toEqual({ answered: false, out: '' });
  });

  it('leaves it to the program when the build saved no page', () => {
    expect(answer(['--help'], { LANG: 'zh_CN.UTF-8' }, pages(false, { en: 'English\n' }))).toEqual({ answered: false, out: '' });
  });
});

const MAINS = { 'lm-explain': explainMain, 'lm-quiz': quizMain, 'lm-lint': lintMain } as const;
const NAMES = Object.keys(MAINS) as (keyof typeof MAINS)[];

describe('the built binaries', () => {
  it.each(NAMES)('%s --version prints what commander prints', (name) => {
    const fast = runBin(name, ['--version']);
    // With another option first, the version goes through commander.
    const full = runBin(name, ['--color', 'never', '--version']);
    expect(fast).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(full).toEqual(fast);
  });

  const cases = NAMES.flatMap((name) => (['en_US.UTF-8', 'zh_CN.UTF-8'] as const).flatMap((locale) => (['--help', '-h'] as const).map((flag) => [name, locale, flag] as const)));
  it.each(cases)('%s with LANG=%s: %s to a pipe prints what the program prints', async (name, locale, flag) => {
    const io = memoryIo({ env: { LANG: locale } });
    expect(await run(name, (runIo) => MAINS[name]([flag], runIo), io)).toBe(0);
    expect(io.out()).toContain(name);
    const saved = readFileSync(join(ROOT, 'dist', 'help', `${name}.${locale.slice(0, 2)}.txt`), 'utf8');
    expect(saved).toBe(io.out()); // the build's page is the current program's
    expect(runBin(name, [flag], { env: { LANG: locale } })).toEqual({ code: 0, stdout: io.out(), stderr: '' });
  });

  it('gives the same page through the program (another option before --help)', () => {
    const viaProgram = runBin('lm-quiz', ['--color', 'never', '--help']);
    expect(viaProgram.code).toBe(0);
    expect(viaProgram.stdout).toBe(runBin('lm-quiz', ['--help']).stdout);
  });
});
