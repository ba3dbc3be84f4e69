/**
 * Every --help of every binary and subcommand, in English and Chinese: a
 * description for each option, an Examples section whose commands are the
 * binary's own, the exit status on the programs' pages, nothing wider than
 * 80 columns; --version prints the version. Needs `npm run build`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { moduleRecorder } from '../helpers/loaded-modules.js';
import { ROOT, runBin } from '../helpers/run-bin.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const SUBCOMMANDS = {
  'lm-explain': ['list', 'show', 'next', 'prev', 'resume', 'search', 'term', 'models', 'timeline', 'completion'],
  'lm-quiz': ['list', 'history', 'stats', 'review', 'reset', 'completion'],
  'lm-lint': ['completion'],
} as const;
type Bin = keyof typeof SUBCOMMANDS;

const LANGS = {
  en: { env: 'en_US.UTF-8', options: /^(Options|Global Options):$/, examples: 'Examples:', exit: 'Exit status:' },
  zh: { env: 'zh_CN.UTF-8', options: /^(选项|全局选项)：$/, examples: '示例：', exit: '退出状态：' },
} as const;

/** Columns on a terminal: CJK characters take two. */
function width(line: string): number {
  let w = 0;
  for (const ch of line) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

/** The option lines of a help page, each with its description (continuation lines joined). */
function optionEntries(text: string, heading: RegExp): { term: string; description: string }[] {
  const entries: { term: string; description: string }[] = [];
  let inOptions = false;
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) inOptions = heading.test(line);
    else if (inOptions && /^ {2}-/.test(line)) {
      const [term, ...rest] = line.trim().split(/\s{2,}/);
      entries.push({ term: term!, description: rest.join(' ') });
    } else if (inOptions && /^ {3,}\S/.test(line) && entries.length > 0) entries.at(-1)!.description += ` ${line.trim()}`;
  }
  return entries;
}

describe.each(Object.keys(LANGS) as (keyof typeof LANGS)[])('--help in %s', (lang) => {
  const l = LANGS[lang];
  const pages = (Object.keys(SUBCOMMANDS) as Bin[]).flatMap((bin) => [[bin, ''], ...SUBCOMMANDS[bin].map((sub) => [bin, sub])] as [Bin, string][]);

  test.each(pages)('%s %s', (bin, sub) => {
    const result = runBin(bin, [...(sub ? [sub] : []), '--help'], { env: { LANG: l.env } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const text = result.stdout;
    const options = optionEntries(text, l.options);
    expect(options.map((o) => o.term)).toContain('-h, --help');
    for (const option of options) expect(width(option.description), `${option.term}`).toBeGreaterThanOrEqual(8);
    if (lang === 'zh') {
      // Chinese pages are Chinese: each description has Chinese in it.
      for (const option of options) expect(option.description, option.term).toMatch(/[\u4e00-\u9fff]/);
    }
    const examples = text.slice(text.indexOf(`\n${l.examples}\n`));
    expect(text).toContain(`\n${l.examples}\n`);
    const lines = examples.split('\n').slice(2).filter((line) => /^ {2}\S/.test(line));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line, 'an example runs this binary').toMatch(new RegExp(`^  (source <\\()?${bin}( |\\)|$)`));
    if (sub === '') expect(text).toContain(l.exit);
    for (const line of text.split('\n')) expect(width(line), line).toBeLessThanOrEqual(80);
  });
});

test('--version prints the version of package.json, and -V too, alone or with other options', () => {
  for (const bin of Object.keys(SUBCOMMANDS) as Bin[]) {
    for (const args of [['--version'], ['-V'], ['--lang', 'zh', '--version'], ['-V', '--color', 'never']]) {
      const result = runBin(bin, args);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout).toBe(`${VERSION}\n`);
      expect(result.stderr).toBe('');
    }
  }
});

test('--version alone is answered before the program is loaded: no commander, no CLI', () => {
  const recorded = moduleRecorder();
  for (const bin of Object.keys(SUBCOMMANDS) as Bin[]) {
    const ours = (args: string[]) => recorded(bin, args).filter((url) => url.startsWith('file:') && url.includes('/dist/'));
    const holdsCommander = (url: string) => readFileSync(fileURLToPath(url), 'utf8').includes('node_modules/commander/lib/command.js');
    expect(ours(['--version']).filter(holdsCommander), bin).toEqual([]);
    expect(ours(['--lang', 'en', '--version']).some(holdsCommander), bin).toBe(true);
  }
});

test("--help builds no node:child_process (commander's require of it waits for a use), and the stand-in is the real module", () => {
  const dir = mkdtempSync(join(tmpdir(), 'lm-builtins-'));
  try {
    const out = join(dir, 'builtins.txt');
    const preload = join(dir, 'preload.cjs');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, process.moduleLoadList.join('\\n')));\n`);
    for (const bin of Object.keys(SUBCOMMANDS) as Bin[]) {
      const result = runBin(bin, ['--help'], { env: { NODE_OPTIONS: `--require ${preload}` } });
      expect(result.code, result.stderr).toBe(0);
      const loaded = readFileSync(out, 'utf8').split('\n');
      expect(loaded, bin).toContain('NativeModule events');
      expect(loaded, bin).not.toContain('NativeModule child_process');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const stand = createRequire(import.meta.url)('../../scripts/build/deferred-child-process.cjs') as typeof import('node:child_process');
  const real = process.getBuiltinModule('node:child_process');
  expect(stand.spawn).toBe(real.spawn);
  expect('execFile' in stand).toBe(true);
  expect(Object.keys(stand)).toEqual(Object.keys(real));
});
