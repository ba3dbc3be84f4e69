/**
 * What a first user tries (issue 18 item 11): `help show`, `-v`, the home
 * screen pointing at lm-quiz, "1 chapter", ASCII charts, and lm-lint
 * --list-rules within the width.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bar, sparkline } from '../../src/quiz/render/charts.js';
import { markdownRenderer } from '../helpers/markdown.js';
import { createTheme } from '../../src/render/theme.js';
import { displayWidth } from '../../src/text/width.js';
import { ROOT, runBin } from '../helpers/run-bin.js';

const MINI = join(ROOT, 'tests', 'fixtures', 'mini');

describe('the binaries', () => {
  test('help <command> shows that command’s help; -v prints the version', () => {
    const help = runBin('lm-explain', ['help', 'show']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: lm-explain show \[options\] <chapter>/);
    expect(runBin('lm-quiz', ['help', 'history']).stdout).toMatch(/^Usage: lm-quiz history/);
    for (const bin of ['lm-explain', 'lm-quiz', 'lm-lint'] as const) {
      const v = runBin(bin, ['-v']);
      expect(v.code).toBe(0);
      expect(v.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    }
  });

  test('the home screen names lm-quiz, and one chapter is "1 chapter"', () => {
    const home = runBin('lm-explain', ['--pack', MINI, '--lang', 'en']);
    expect(home.stdout).toContain('Progress: 0 of 1 chapter read');
    expect(home.stdout).toMatch(/^Test yourself: lm-quiz --pack \S+$/m);
    expect(runBin('lm-explain', ['--lang', 'zh']).stdout).toMatch(/^自测：lm-quiz$/m);
  });

  test('lm-lint --list-rules fits 80 columns in both languages', () => {
    for (const lang of ['en', 'zh']) {
      const r = runBin('lm-lint', ['--list-rules', '--lang', lang]);
      expect(r.code).toBe(0);
      for (const line of r.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
      expect(r.stdout).toMatch(/^zh-spacing /m);
    }
  });
});

describe('plain text', () => {
  test('without colour a defined term keeps a marker', () => {
    const render = (level: 0 | 1) => markdownRenderer({ width: 60, theme: createTheme(level), hyperlinks: false });
    expect(render(0)('A **language model** scores text.')).toBe('A *language model* scores text.\n');
    expect(render(1)('A **language model** scores text.')).toBe('A \u001b[1mlanguage model\u001b[22m scores text.\n');
  });

  test('quiz charts are ASCII', () => {
    expect(sparkline([0, 30, 60, 100])).toMatch(/^[\x20-\x7e]{4}$/);
    expect(bar(50, 10)).toBe('#####');
    expect(bar(100, 4)).toBe('####');
  });
});
