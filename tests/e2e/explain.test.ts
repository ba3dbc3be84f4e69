/**
 * Every lm-explain command through the built binary (run `npm run build`
 * first), with a private state directory, no colour and 80 columns.
 * Exact text against the reader fixture; properties against the built-in course.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { moduleRecorder } from '../helpers/loaded-modules.js';
import { runBin, tempStateDir } from '../helpers/run-bin.js';
import { displayWidth } from '../../src/text/width.js';

const PACK = join(import.meta.dirname, '..', 'fixtures', 'reader');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const explain = (args: string[], opts: Parameters<typeof runBin>[2] = {}) => runBin('lm-explain', ['--pack', PACK, ...args], opts);

describe('lm-explain on the reader fixture', () => {
  test('home, then show, then home again remembers progress', () => {
    const stateDir = tempStateDir();
    const first = explain([], { stateDir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('# Reader test course\nProgress: 0 of 3 chapters read\n');
    expect(first.stdout).toMatch(new RegExp(`Start reading:\\s+lm-explain --pack ${escapeRe(PACK)} show basics`));
    expect(explain(['show', '1'], { stateDir }).code).toBe(0);
    const again = explain([], { stateDir });
    expect(again.stdout).toMatch(/^▸ 1\. What is a language model\?  basics$/m);
    expect(again.stdout).toMatch(new RegExp(`Continue with 2\\. Four stages:\\s+lm-explain --pack ${escapeRe(PACK)} next`));
    expect(readdirSync(stateDir)).toContain('progress.json');
  });

  test('list and toc, with --json', () => {
    const list = explain(['list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('2. Four stages  stages\n   - Statistical language models  stages#slm\n');
    expect(explain(['toc']).stdout).toBe(list.stdout);
    const json = JSON.parse(explain(['list', '--json']).stdout);
    expect(json.chapters).toHaveLength(3);
  });

  test('show by id, number and prefix, a section, and --raw', () => {
    const byId = explain(['show', 'stages']);
    expect(byId.code).toBe(0);
    expect(explain(['show', '2']).stdout).toBe(byId.stdout);
    expect(explain(['show', 'sta']).stdout).toBe(byId.stdout);
    const section = explain(['show', 'stages#nlm']);
    expect(section.stdout).toContain('## Neural language models');
    expect(section.stdout).not.toContain('## Statistical');
    const raw = explain(['show', 'stages', '--raw']);
    expect(raw.stdout.startsWith('---\nid: stages\n')).toBe(true);
  });

  test('next, prev and resume', () => {
    const stateDir = tempStateDir();
    expect(explain(['next'], { stateDir }).stdout).toContain('# What is a language model?');
    expect(explain(['next'], { stateDir }).stdout).toContain('# Four stages');
    expect(explain(['resume'], { stateDir }).stdout).toContain('# Four stages');
    expect(explain(['prev'], { stateDir }).stdout).toContain('# What is a language model?');
  });

  test('search, term and define', () => {
    const search = explain(['search', 'markov']);
    expect(search.code).toBe(0);
    expect(search.stdout).toContain('stages#slm  Markov assumption  (term)');
    const none = explain(['search', 'nothing-like-this']);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe("No matches for 'nothing-like-this'.\n");
    expect(explain(['term', '词元']).stdout).toContain('# token (词元)');
    expect(explain(['define', 'LM']).stdout).toContain('# language model (语言模型)');
  });

  test('models, with --origin, and timeline', () => {
    const models = explain(['models', '--lang', 'zh']);
    expect(models.code).toBe(0);
    expect(models.stdout).toMatch(/GPT-3 +\| OpenAI +\| 2020 \| 1750 亿/);
    const china = explain(['models', '--origin', 'china']);
    expect(china.stdout).not.toContain('GPT-3');
    expect(explain(['models', '--origin', 'mars']).code).toBe(2);
    expect(explain(['timeline']).stdout).toContain(' o  Statistical language models (SLM)  1990s');
  });

  test('a pack without a timeline or models gets a note, not an error', () => {
    const mini = join(import.meta.dirname, '..', 'fixtures', 'mini');
    const timeline = runBin('lm-explain', ['--pack', mini, 'timeline', '--lang', 'en']);
    expect(timeline.code).toBe(0);
    expect(timeline.stdout).toContain('This course has no timeline');
    const models = runBin('lm-explain', ['--pack', mini, 'models', '--lang', 'en']);
    expect(models.code).toBe(0);
    expect(models.stdout).toBe('This course has no models (content/models.yaml).\n');
  });

  test('unknown chapter, section and term: one line with the closest match, exit 2', () => {
    const chapter = explain(['show', 'stagse']);
    expect(chapter.code).toBe(2);
    expect(chapter.stderr).toBe("lm-explain: unknown chapter 'stagse'; did you mean 'stages'?\n");
    const section = explain(['show', 'stages#slmm']);
    expect(section.stderr).toBe("lm-explain: chapter 'stages' has no section 'slmm'; did you mean 'stages#slm'?\n");
    const term = explain(['term', 'tokn', '--lang', 'zh']);
    expect(term.code).toBe(2);
    expect(term.stderr).toBe("lm-explain: 术语表中没有 'tokn'；你是不是想找 '词元'？\n");
  });

  test('an unknown command names the closest one', () => {
    const result = explain(['shw', 'stages']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("lm-explain: unknown command 'shw'; did you mean 'show'?\n");
    expect(explain(['next', 'extra']).code).toBe(2);
  });

  test('--width is validated', () => {
    for (const bad of ['10', '401', 'wide']) {
      const result = explain(['show', '1', '--width', bad]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--width must be a whole number from 20 to 400');
      expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    }
    const narrow = explain(['show', '1', '--width', '20']);
    // A command to type is never broken: with this run's --pack it is wider than 20, alone on its line.
    const commands = narrow.stdout.split('\n').filter((line) => /^\s*lm-(explain|quiz) --pack \S+( \S+)?$/.test(line));
    expect(commands.length).toBeGreaterThan(0);
    for (const line of narrow.stdout.split('\n')) if (!commands.includes(line)) expect(displayWidth(line)).toBeLessThanOrEqual(20);
  });

  test('the language follows --lang, then LANG, and --help is localised', () => {
    expect(explain(['show', '1'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toContain('# 语言模型是什么');
    expect(explain(['show', '1', '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toContain('# What is a language model?');
    const help = runBin('lm-explain', ['--help'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('用法：');
    expect(help.stdout).toContain('显示一章');
    expect(runBin('lm-explain', ['show', '--help']).stdout).toContain('show a chapter');
  });

  test('colour: none when piped, escapes with --color always or FORCE_COLOR, none with NO_COLOR', () => {
    expect(explain(['show', '1'], { env: { NO_COLOR: undefined } }).stdout).not.toContain('\u001b');
    expect(explain(['show', '1', '--color', 'always']).stdout).toContain('\u001b[1m');
    expect(explain(['show', '1'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(explain(['show', '1', '--color', 'never'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b');
  });

  test('a corrupt progress file: one warning line, kept aside, reading goes on', () => {
    const stateDir = tempStateDir();
    writeFileSync(join(stateDir, 'progress.json'), 'garbage');
    const result = explain(['show', '1'], { stateDir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^warning: the reading progress file was damaged; kept aside as .*progress\.json\.corrupt-.*; starting afresh\n$/);
    expect(readdirSync(stateDir).some((f) => f.startsWith('progress.json.corrupt-'))).toBe(true);
  });

  test('an invalid chapter: its findings in lint format and a hint, exit 1; other chapters still show', () => {
    const pack = mkdtempSync(join(tmpdir(), 'lm-bad-pack-'));
    cpSync(join(PACK, 'content'), join(pack, 'content'), { recursive: true });
    writeFileSync(join(pack, 'content', 'stages.en.md'), '---\nid: stages\ntitle: [broken\n---\nbody\n');
    const bad = runBin('lm-explain', ['--pack', pack, 'show', 'stages', '--lang', 'en']);
    expect(bad.code).toBe(1);
    const lines = bad.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe("lm-explain: chapter 'stages' (en) is not valid");
    expect(lines[1]).toMatch(/stages\.en\.md:\d+:\d+  error  .*  yaml-syntax$/);
    expect(lines.at(-1)).toBe('run `lm-lint` on the pack for the full report');
    const other = runBin('lm-explain', ['--pack', pack, 'show', 'basics', '--lang', 'en']);
    expect(other.code).toBe(0);
    expect(other.stdout.trimEnd().split('\n').pop()).toBe(`Next: 2. stages   lm-explain --pack ${pack} next`);
  });

  test('pack text cannot send terminal commands', () => {
    const result = explain(['show', '1', '--color', 'always']);
    expect(result.stdout).not.toMatch(/\u001b\](?!8;)/); // no OSC other than links
    expect(result.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('lm-explain on the built-in course', () => {
  const builtin = (args: string[], opts: Parameters<typeof runBin>[2] = {}) => runBin('lm-explain', args, opts);

  test.each(['zh', 'en'])('every command exits 0 in %s, with no line wider than 80 and no escape byte', (lang) => {
    const stateDir = tempStateDir();
    const chapters = JSON.parse(builtin(['list', '--json', '--lang', lang], { stateDir }).stdout).chapters as { id: string }[];
    expect(chapters.length).toBeGreaterThan(0);
    const runs = [[], ['list'], ['next'], ['next'], ['prev'], ['resume'], ['models'], ['timeline'], ['search', lang === 'zh' ? '模型' : 'model'], ['term', 'token'], ...chapters.map((c) => ['show', c.id])];
    for (const args of runs) {
      const result = builtin([...args, '--lang', lang], { stateDir });
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).not.toContain('\u001b');
      for (const line of result.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    }
  });
});

test('a directory that is not a pack: what lm-lint says, exit 2 (issue 18 item 8)', () => {
  const empty = mkdtempSync(join(tmpdir(), 'lm-not-a-pack-'));
  const r = runBin('lm-explain', ['--pack', empty]);
  expect(r.code).toBe(2);
  expect(r.stderr).toBe(`lm-explain: cannot use ${empty}: no content/course.yaml (is this a course pack?)\n`);
  expect(runBin('lm-lint', [empty]).stderr).toContain('no content/course.yaml (is this a course pack?)');
});

describe('named entity references', () => {
  test('a page with one beyond marked\'s four loads the decoder and shows the character; a page without one never loads it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-entities-'));
    cpSync(PACK, dir, { recursive: true });
    const file = join(dir, 'content', 'basics.en.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nCopyright &copy; 2026 &mdash; &hellip; &Dcaron;.\n`);
    const shown = runBin('lm-explain', ['--pack', dir, 'show', 'basics', '--lang', 'en']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('Copyright © 2026 — … Ď.');
    const recorded = moduleRecorder();
    const entities = (args: string[]) => recorded('lm-explain', args).filter((url) => url.includes('/dist/') && readFileSync(fileURLToPath(url), 'utf8').includes('node_modules/entities/'));
    expect(entities(['show', 'stages'])).toEqual([]);
    expect(entities(['--pack', dir, 'show', 'basics', '--lang', 'en']).length).toBe(1);
  });
});
