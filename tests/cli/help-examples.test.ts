import { describe, expect, it } from 'vitest';
import { examplesText } from '../../src/cli/help-text.js';
import { EXPLAIN_EXAMPLES, QUIZ_EXAMPLES } from '../../src/i18n/examples.js';
import { displayWidth } from '../../src/text/width.js';
import { memoryIo } from '../helpers/io.js';
import { main } from '../../src/cli/quiz.js';
import { main as explainMain } from '../../src/cli/explain.js';
import { main as lintMain } from '../../src/cli/lint.js';

const rows = [...EXPLAIN_EXAMPLES['']!, ...QUIZ_EXAMPLES['']!];
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

  it('under 40 columns nothing is wrapped, as commander wraps nothing there', () => {
    expect(examplesText(rows, 'en', 30)).toBe(examplesText(rows, 'en', Number.MAX_SAFE_INTEGER));
  });

  it('lm-quiz --help takes the width of the stream it is written to', async () => {
    const io = memoryIo({ tty: true, columns: 50 });
    await main(['--help', '--lang', 'en'], io).catch(() => undefined);
    const out = io.out();
    expect(out).toContain('Examples:');
    for (const line of out.slice(out.indexOf('Examples:'), out.indexOf('Exit status:')).split('\n')) if (!line.includes('--answers')) expect(displayWidth(line), line).toBeLessThanOrEqual(50);
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

  it('under 40 columns it is one line, as commander wraps nothing there', async () => {
    expect(await exitStatus('lm-lint', 'en', 30)).toHaveLength(1);
  });
});
