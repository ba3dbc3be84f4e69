/**
 * The reader keeps no page of its own (issue #14): every page is made from
 * the files as they are now. An edit shows at once, in the chapter and in the
 * "Next:" line of the chapter before it, in both languages, whatever the
 * stamps of the files say. What it keeps are parses (YAML, and Markdown's
 * tokens) by the SHA-256 of the text they came from, so an edited text is
 * never served from them; a page made with them is the page made without.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runBin, tempStateDir } from '../helpers/run-bin.js';

const dirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The kinds of entry in a cache directory (`<dir>/<build>/<kind>/…`). */
function keptKinds(cache: string): string[] {
  return [...new Set(readdirSync(cache).flatMap((build) => readdirSync(join(cache, build))))].sort();
}

/** The mini pack with a second chapter, so `basics` has a "Next:" line. */
function twoChapterPack(): string {
  const pack = tempDir('lm-e2e-pack-');
  cpSync(join(ROOT, 'tests', 'fixtures', 'mini'), pack, { recursive: true });
  const manifest = join(pack, 'content', 'course.yaml');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('chapters: [basics]', 'chapters: [basics, after]'));
  for (const [lang, title] of [['en', 'Old title'], ['zh', '旧标题']]) {
    writeFileSync(join(pack, 'content', `after.${lang}.md`), `---\nid: after\ntitle: ${title}\nsummary: S.\n---\n\nText.\n`);
  }
  return pack;
}

/** Rewrites a file keeping its size and its modification time: only the content says it changed. */
function editInPlace(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(Buffer.byteLength(from)).toBe(Buffer.byteLength(to));
  const { atime, mtime } = statSync(file);
  writeFileSync(file, text.replace(from, to));
  utimesSync(file, atime, mtime);
}

describe('lm-explain reads the files as they are now', () => {
  it.each([
    ['en', 'Old title', 'New title'],
    ['zh', '旧标题', '新标题'],
  ])('the "Next:" line names the next chapter by its edited title (%s)', (lang, before, after) => {
    const pack = twoChapterPack();
    const cache = tempDir('lm-e2e-cache-');
    const show = () => runBin('lm-explain', ['show', 'basics', '--pack', pack, '--lang', lang], { env: { LM_CACHE_DIR: cache } });
    expect(show().stdout).toContain(before);
    editInPlace(join(pack, 'content', `after.${lang}.md`), before, after);
    for (let i = 0; i < 2; i++) {
      const shown = show();
      expect(shown.stdout).toContain(after);
      expect(shown.stdout).not.toContain(before);
    }
    expect(keptKinds(cache)).toEqual(['markdown-tokens-1', 'yaml-1', 'yaml-checked-1'])
  });

  it('shows a chapter edited on disk as edited, at once', () => {
    const pack = twoChapterPack();
    const file = join(pack, 'content', 'basics.en.md');
    const show = () => runBin('lm-explain', ['show', 'basics', '--pack', pack, '--lang', 'en']);
    expect(show().stdout).toContain('assigns a *probability*'); // bold keeps one * a side without colour
    editInPlace(file, 'assigns a', 'gives one');
    const edited = show();
    expect(edited.stdout).toContain('gives one *probability*');
    expect(edited.stdout).not.toContain('assigns a');
    // A broken edit is reported.
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Basics\n', ''));
    const broken = show();
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('title');
  });

  it('finds the words of a chapter edited on disk, at once, in a search', () => {
    const pack = twoChapterPack();
    const search = (word: string) => runBin('lm-explain', ['search', word, '--pack', pack, '--lang', 'en']);
    expect(search('probability').code).toBe(0);
    expect(search('likelihoods').code).toBe(1);
    editInPlace(join(pack, 'content', 'basics.en.md'), '**probability**', '**likelihoods**');
    const edited = search('likelihoods');
    expect(edited.code).toBe(0);
    expect(edited.stdout).toContain('likelihoods');
  });

  it.each([
    [['show', 'stages']],
    [['search', 'attention']],
    [['list']],
    [[]],
  ])('keeps only parses by content, and prints what it prints without them: %j', (args) => {
    const cache = tempDir('lm-e2e-cache-');
    const run = (env: Record<string, string>) => runBin('lm-explain', args, { env, stateDir: tempStateDir() });
    const without = run({ LM_NO_CACHE: '1', LM_CACHE_DIR: cache });
    expect(without.code).toBe(0);
    expect(readdirSync(cache)).toEqual([]);
    for (let i = 0; i < 2; i++) {
      const kept = run({ LM_CACHE_DIR: cache });
      expect(kept.code).toBe(0);
      expect(kept.stdout).toBe(without.stdout);
      expect(kept.stderr).toBe(without.stderr);
    }
    expect(['markdown-tokens-1', 'yaml-1', 'yaml-checked-1']).toEqual(expect.arrayContaining(keptKinds(cache)));
  });
});

describe('the built-in course comes with its parses (dist/memo, made by the build)', () => {
  const memo = join(ROOT, 'dist', 'memo');
  const manifest = readFileSync(join(ROOT, 'content', 'course.yaml'), 'utf8');
  const chapters = /^chapters:\s*\[([^\]]*)\]/m.exec(manifest)?.[1]?.split(',').map((id) => id.trim()) ?? [];

  it("holds this build's parse memo and nothing else: no lint report", () => {
    const builds = readdirSync(memo);
    expect(builds).toHaveLength(1);
    expect(builds[0]).toMatch(/^[0-9a-f]{16}$/);
    expect(keptKinds(memo)).toEqual(['markdown-tokens-1', 'yaml-1', 'yaml-checked-1']);
    expect(chapters.length).toBeGreaterThan(3);
    // A chapter's tokens in each language.
    expect(readdirSync(join(memo, builds[0]!, 'markdown-tokens-1')).length).toBeGreaterThanOrEqual(chapters.length * 2);
  });

  it.each(['zh', 'en'])('a first run of every page reads them: nothing is parsed into the cache, and each page is the page made with no cache (%s)', (lang) => {
    const cache = tempDir('lm-e2e-cache-');
    const pages: ['lm-explain' | 'lm-quiz', string[], string?][] = [
      ['lm-explain', []],
      ['lm-explain', ['list']],
      ...chapters.map((id): ['lm-explain', string[]] => ['lm-explain', ['show', id]]),
      ['lm-explain', ['search', lang === 'zh' ? '注意力' : 'attention']],
      ['lm-explain', ['glossary']],
      ['lm-quiz', ['all', '--answers', '-', '--json', '--seed', '7'], '{}'],
    ];
    for (const [bin, args, input] of pages) {
      const run = (env: Record<string, string>) => runBin(bin, [...args, '--lang', lang], { env, input, stateDir: tempStateDir() });
      const first = run({ LM_CACHE_DIR: cache });
      const without = run({ LM_NO_CACHE: '1', LM_CACHE_DIR: cache });
      // A quiz's result says when it started and ended, and how long each answer took.
      const timeless = (out: string) => out.replace(/"(startedAt|finishedAt)": "[^"]*"/g, '"$1": ""').replace(/"(durationMs|ms)": \d+/g, '"$1": 0');
      expect(first.code, args.join(' ')).toBe(0);
      expect(timeless(first.stdout), args.join(' ')).toBe(timeless(without.stdout));
      expect(first.stderr).toBe(without.stderr);
    }
    expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([]);
  }, 120_000);

  it('a copy of the course with one chapter edited parses that text only', () => {
    const pack = tempDir('lm-e2e-pack-');
    for (const dir of ['content', 'quizzes']) cpSync(join(ROOT, dir), join(pack, dir), { recursive: true });
    const file = join(pack, 'content', `${chapters[0]}.en.md`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nAn added closing line.\n`);
    const cache = tempDir('lm-e2e-cache-');
    const shown = runBin('lm-explain', ['show', chapters[0]!, '--pack', pack, '--lang', 'en'], { env: { LM_CACHE_DIR: cache } });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('An added closing line.');
    // The manifest and the chapter's front matter are the seed's; the edited body is lexed and kept.
    expect(keptKinds(cache)).toEqual(['markdown-tokens-1']);
  });
});

describe('the build with a course that does not parse', () => {
  it('still builds, says in one line each page it could not seed, and seeds the rest', () => {
    const copy = tempDir('lm-e2e-build-');
    for (const dir of ['src', 'scripts', 'content', 'quizzes', 'schemas']) cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
    for (const file of ['package.json', 'package-lock.json']) cpSync(join(ROOT, file), join(copy, file));
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const chapter = join(copy, 'content', 'stages.en.md');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace(/^---\n/, '---\ntitle: [unclosed\n'));
    const built = spawnSync(process.execPath, [join(copy, 'scripts', 'build.mjs')], { cwd: copy, encoding: 'utf8', env: { ...process.env, LM_NO_CACHE: '1' } });
    expect(built.status, built.stderr).toBe(0);
    const said = built.stderr.split('\n').filter((line) => line.startsWith('build: seed:'));
    // The English home screen and the chapter itself (seeded two at a time: in either order), each in one line that says why.
    expect([...said].sort()).toEqual([
      "build: seed: lm-explain --lang en failed (exit 1), so the seed may lack some parses: lm-explain: chapter 'stages' (en) is not valid",
      "build: seed: lm-explain show stages --lang en --no-pager failed (exit 1), so the seed may lack some parses: lm-explain: chapter 'stages' (en) is not valid",
    ]);
    const memo = join(copy, 'dist', 'memo');
    expect(keptKinds(memo)).toEqual(['markdown-tokens-1', 'yaml-1', 'yaml-checked-1']);
    expect(readdirSync(join(memo, readdirSync(memo)[0]!, 'markdown-tokens-1')).length).toBeGreaterThan(10);
  }, 120_000);
});
