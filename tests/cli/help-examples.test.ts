import { describe, expect, it } from 'vitest';
import { SHARED_HELP } from '../../src/i18n/help.js';
import { examplesText as layout, helpItem } from '../../src/render/help-layout.js';
import { EXPLAIN_EXAMPLES, QUIZ_EXAMPLES } from '../../src/i18n/examples.js';
import { displayWidth } from '../../src/text/width.js';
import { memoryIo } from '../helpers/io.js';
import { main } from '../../src/cli/quiz.js';
import { main as explainMain } from '../../src/cli/explain.js';
import { main as lintMain } from '../../src/cli/lint.js';

const rows = [...EXPLAIN_EXAMPLES['']!, ...QUIZ_EXAMPLES['']!];
const examplesText = (r: typeof rows, lang: 'en' | 'zh', width: number) => layout(r, lang, SHARED_HELP[lang].examples, width);
const commandOf = (lang: 'en' | 'zh', i: number) => {
  const command = rows[i]![0];
  return typeof command === 'string' ? command : command[lang];
};

describe('the Examples section fits the help width', () => {
  it.each(['en', 'zh'] as const)('%s: at 80 columns a command and its meaning share a line, meanings in one column', (lang) => {
    const lines = examplesText(rows, lang, 80).split('\n').slice(2);
    const starts = lines.filter((line) => /^ {2}\S/.test(line) && /\S {2,}\S/.test(line)).map((line) => displayWidth(/^( {2}\S.*?\s{2,})\S/.exec(line)![1]!));
    expect(new Set(starts).size).toBe(1);
    expect(starts.length).toBeGreaterThan(10);
  });

  it.each([['en', 60], ['zh', 60], ['en', 44], ['zh', 44]] as const)('%s at %i columns: no line wider, except a command too long for it; every meaning whole', (lang, width) => {
    const text = examplesText(rows, lang, width);
    const lines = text.split('\n').slice(2);
    rows.forEach((_, i) => expect(lines.some((line) => line.trimEnd() === `  ${commandOf(lang, i)}` || line.startsWith(`  ${commandOf(lang, i)} `))).toBe(true));
    for (const line of lines) if (!rows.some((_, i) => line.startsWith(`  ${commandOf(lang, i)}`) && displayWidth(commandOf(lang, i)) + 2 > width)) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    const meanings = lines.filter((line) => /^ {4,}\S/.test(line) || /\S {2,}\S/.test(line)).map((line) => line.replace(/^ {2}\S.*?\s{2,}/, '').trim());
    const joined = meanings.join(lang === 'zh' ? '' : ' ').replace(/\s+/g, lang === 'zh' ? '' : ' ');
    for (const [, what] of rows) expect(joined).toContain(lang === 'zh' ? what.zh.replace(/\s+/g, '') : what.en);
  });

  it.each([20, 30])('at %i columns each meaning goes under its command, six columns in, and fits', (width) => {
    for (const lang of ['en', 'zh'] as const) {
      const lines = examplesText(rows, lang, width).split('\n').slice(2);
      for (const line of lines) if (!/^ {2}\S/.test(line)) expect(line, line).toMatch(/^ {6}\S/);
      for (const line of lines) if (!/^ {2}lm-/.test(line)) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    }
  });

  it('lm-quiz --help takes the width of the stream it is written to', async () => {
    const io = memoryIo({ tty: true, columns: 50 });
    await main(['--help', '--lang', 'en'], io).catch(() => undefined);
    const out = io.out();
    expect(out).toContain('Examples:');
    for (const line of out.slice(out.indexOf('Examples:'), out.indexOf('Exit status:')).split('\n')) if (!line.includes('--answers')) expect(displayWidth(line), line).toBeLessThanOrEqual(50);
  });
});

describe('options, arguments and subcommands fit the help width', () => {
  it('beside the term while the column left is 20 or more; under it, six in, when less (commander left it unwrapped below 40)', () => {
    const meaning = 'use the course pack in DIR instead of the built-in one (env: LM_PACK)';
    expect(helpItem('--pack <dir>', 30, meaning, 80).split('\n')).toEqual([`  --pack <dir>${' '.repeat(18)}  use the course pack in DIR instead of the`, `${' '.repeat(34)}built-in one (env: LM_PACK)`]);
    expect(helpItem('--pack <dir>', 30, meaning, 50).split('\n')).toEqual(['  --pack <dir>', '      use the course pack in DIR instead of the', '      built-in one (env: LM_PACK)']);
    expect(helpItem('-h, --help', 30, '', 50)).toBe('  -h, --help');
  });

  it.each(['lm-explain', 'lm-quiz', 'lm-lint'] as const)('%s --help at 20, 30, 44 and 60 columns: no line wider, but a term or usage line longer than the width', async (bin) => {
    const mains = { 'lm-explain': explainMain, 'lm-quiz': main, 'lm-lint': lintMain };
    for (const lang of ['en', 'zh'] as const) {
      for (const columns of [20, 30, 44, 60]) {
        const io = memoryIo({ tty: true, columns });
        await mains[bin](['--help', '--lang', lang], io).catch(() => undefined);
        for (const line of io.out().trimEnd().split('\n')) {
          const term = /^ {2}\S/.test(line) && !/ {2}\S/.test(line.slice(2)) ? line : '';
          if (line !== term && !/^(Usage|用法)/.test(line) && !/^ {2}lm-/.test(line)) expect(displayWidth(line), `${bin} ${lang} ${columns}: ${line}`).toBeLessThanOrEqual(columns);
        }
      }
    }
  });
});

describe('the exit-status paragraph fits the help width', () => {
  const mains = { 'lm-explain': explainMain, 'lm-quiz': main, 'lm-lint': lintMain };
  const HEAD = { en: 'Exit status:', zh: '退出状态：' } as const;
  /** The last paragraph of a program's --help written to a terminal `columns` wide. */
  const exitStatus = async (bin: keyof typeof mains, lang: 'en' | 'zh', columns: number) => {
    const io = memoryIo({ tty: true, columns });
    await mains[bin](['--help', '--lang', lang], io).catch(() => undefined);
    return io.out().slice(io.out().indexOf(HEAD[lang])).trimEnd().split('\n');
  };

  it.each(['lm-explain', 'lm-quiz', 'lm-lint'] as const)('%s: at 40 and 60 columns, no line wider; at 80 the lines of before', async (bin) => {
    for (const lang of ['en', 'zh'] as const) {
      for (const width of [40, 60]) {
        const lines = await exitStatus(bin, lang, width);
        expect(lines.length).toBeGreaterThan(2);
        for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
        // A status stays with its meaning.
        for (const line of lines) expect(line).not.toMatch(/(^|[ ：；])(0|1|2|130)$/);
      }
    }
    expect(await exitStatus(bin, 'en', 80)).toEqual([
      'Exit status: 0 success; 1 the thing asked about failed (lint errors, a score',
      'below --fail-under, an invalid pack); 2 usage error or unreadable input;',
      '130 interrupted (Ctrl-C).',
    ]);
    expect(await exitStatus(bin, 'zh', 80)).toEqual(['退出状态：0 成功；1 所查的对象未通过（检查出错误、得分低于 --fail-under、', '课程包无效）；2 用法错误或输入无法读取；130 被中断（Ctrl-C）。']);
  });

  it('under 40 columns it wraps too (commander wraps nothing there; it ran 150 columns past a 30-column terminal)', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const lines = await exitStatus('lm-lint', lang, 30);
      expect(lines.length).toBeGreaterThan(3);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(30);
    }
  });
});
