import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PackMemo } from '../../src/cache/pack-memo.js';
import { CacheStore } from '../../src/cache/store.js';
import { Course } from '../../src/course/course.js';
import { loadChapter, loadGlossary, loadManifest, loadModels, loadQuizzes, loadTimeline } from '../../src/course/load.js';
import { builtinPackDir, listDir } from '../../src/course/pack-files.js';
import { ROOT } from '../helpers/run-bin.js';

const dirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** What a loader's result says, without what a cache hit leaves out (the YAML sources). */
function plain(value: unknown): unknown {
  if (value === undefined) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v) => (key === 'source' || key === 'frontMatterSource' ? undefined : key === 'lines' ? (v as { starts: number[] }).starts : v)),
  );
}

const PACKS = [builtinPackDir(), ...readdirSync(join(ROOT, 'tests', 'fixtures')).map((d) => join(ROOT, 'tests', 'fixtures', d))];

describe('PackMemo', () => {
  it.each(PACKS)('gives what the loaders give, on a miss and on a hit: %s', (root) => {
    const memo = new PackMemo(new CacheStore(tempDir('lm-memo-'), 'test'));
    const chapters = listDir(root, 'content').flatMap((name) => {
      const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2,3})\.md$/.exec(name);
      return m ? [[m[1]!, m[2]!] as const] : [];
    });
    const expected = {
      manifest: plain(loadManifest(root)),
      chapters: chapters.map(([id, lang]) => plain(loadChapter(root, id, lang))),
      glossary: plain(loadGlossary(root)),
      models: plain(loadModels(root)),
      timeline: plain(loadTimeline(root)),
      quizzes: plain(loadQuizzes(root)),
    };
    for (const round of ['miss', 'hit']) {
      const got = {
        manifest: plain(memo.manifest(root)),
        chapters: chapters.map(([id, lang]) => plain(memo.chapter(root, id, lang))),
        glossary: plain(memo.glossary(root)),
        models: plain(memo.models(root)),
        timeline: plain(memo.timeline(root)),
        quizzes: plain(memo.quizzes(root)),
      };
      expect(got, round).toEqual(expected);
    }
  });

  it('never serves a file edited on disk from the cache, even at the same size', () => {
    const root = tempDir('lm-memo-pack-');
    cpSync(join(ROOT, 'tests', 'fixtures', 'mini'), root, { recursive: true });
    const memo = new PackMemo(new CacheStore(tempDir('lm-memo-'), 'test'));
    const file = join(root, 'content', 'basics.en.md');
    const first = memo.chapter(root, 'basics', 'en');
    expect('text' in first && first.frontMatter?.title).toBe('Basics');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Basics', 'title: Basix!'));
    const second = memo.chapter(root, 'basics', 'en');
    expect('text' in second && second.frontMatter?.title).toBe('Basix!');
    // And back: the first version's entry is still good.
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Basix!', 'title: Basics'));
    expect(plain(memo.chapter(root, 'basics', 'en'))).toEqual(plain(loadChapter(root, 'basics', 'en')));
  });

  it('reports a file that cannot be read as the loader does, and caches nothing for it', () => {
    const root = tempDir('lm-memo-pack-');
    cpSync(join(ROOT, 'tests', 'fixtures', 'mini'), root, { recursive: true });
    rmSync(join(root, 'content', 'basics.en.md'));
    const cache = tempDir('lm-memo-');
    const memo = new PackMemo(new CacheStore(cache, 'test'));
    expect(memo.chapter(root, 'basics', 'en')).toEqual(loadChapter(root, 'basics', 'en'));
    expect(memo.glossary(root)).toBeUndefined();
    expect(readdirSync(cache)).toEqual([]);
  });

  it('serves a course from the cache with the same content as without one', () => {
    const root = join(ROOT, 'tests', 'fixtures', 'quiz-pack');
    const store = new CacheStore(tempDir('lm-memo-'), 'test');
    const direct = Course.open(root);
    for (let round = 0; round < 2; round++) {
      const course = Course.open(root, { memo: new PackMemo(store) });
      expect(course.manifest).toEqual(direct.manifest);
      expect(course.quizzes()).toEqual(direct.quizzes());
      expect(course.glossary()).toEqual(direct.glossary());
      for (const id of course.chapterIds) expect(plain(course.chapter(id, 'en'))).toEqual(plain(direct.chapter(id, 'en')));
    }
  });

  it('remembers derived values by the text they come from', () => {
    const memo = new PackMemo(new CacheStore(tempDir('lm-memo-'), 'test'));
    let calls = 0;
    const f = (text: string) => memo.derived('len', '/p', '/p/a.md', text, ['en'], () => (calls++, text.length));
    expect([f('abc'), f('abc'), f('abcd'), f('abc')]).toEqual([3, 3, 4, 3]);
    expect(calls).toBe(2);
  });
});
