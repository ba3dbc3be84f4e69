/**
 * The reader keeps no page of its own (issue #14): every page is made from
 * the files as they are now. An edit shows at once, in the chapter and in the
 * "Next:" line of the chapter before it, in both languages, whatever the
 * stamps of the files say. What it keeps are parses (YAML, and Markdown's
 * tokens) by the SHA-256 of the text they came from, so an edited text is
 * never served from them; a page made with them is the page made without.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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
