/**
 * The built-in pack compiled at build time (scripts/build/compile-pack.mjs):
 * its entries are what the loaders give, wherever the pack is, and an entry
 * is never used for a file that changed after the build.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript
import { writeCompiledPack } from '../../scripts/build/compile-pack.mjs';
import { PackMemo } from '../../src/cache/pack-memo.js';
import { CacheStore, shippedCacheDir } from '../../src/cache/store.js';
import { loadChapter, loadGlossary, loadManifest, loadModels, loadQuizzes, loadTimeline } from '../../src/course/load.js';
import { builtinPackDir } from '../../src/course/pack-files.js';
import { ROOT } from '../helpers/run-bin.js';

let out = '';
let pack = '';

function plain(value: unknown): unknown {
  if (value === undefined) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v) => (key === 'source' || key === 'frontMatterSource' ? undefined : key === 'lines' ? (v as { starts: number[] }).starts : v)),
  );
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'lm-compiled-'));
  const built = mkdtempSync(join(tmpdir(), 'lm-compiled-pack-'));
  cpSync(join(builtinPackDir(), 'content'), join(built, 'content'), { recursive: true });
  cpSync(join(builtinPackDir(), 'quizzes'), join(built, 'quizzes'), { recursive: true });
  await writeCompiledPack(built, out, { absWorkingDir: ROOT, bundle: true, platform: 'node', target: 'node20.17', logLevel: 'warning', define: {} }, 'test');
  // The pack is used from elsewhere than where it was compiled, as after an install.
  pack = mkdtempSync(join(tmpdir(), 'lm-compiled-moved-'));
  cpSync(built, pack, { recursive: true });
  rmSync(built, { recursive: true, force: true });
}, 60_000);

afterAll(() => {
  for (const dir of [out, pack]) rmSync(dir, { recursive: true, force: true });
});

/** A memo that only reads the compiled entries: no cache of its own. */
const shippedOnly = () => new PackMemo(new CacheStore(undefined, 'test', join(out, 'cache')));

describe('the compiled built-in pack', () => {
  it('writes entries for the manifest, every chapter, head and search text, the lists and the quizzes', () => {
    const namespaces = readdirSync(join(out, 'cache', 'test')).sort();
    expect(namespaces).toEqual(['chapter', 'chapter-head', 'glossary', 'manifest', 'models', 'quiz', 'search-text', 'timeline']);
  });

  it('holds what the loaders give, served without parsing', () => {
    const memo = shippedOnly();
    expect(plain(memo.manifest(pack))).toEqual(plain(loadManifest(pack)));
    expect(memo.manifest(pack).source).toBeUndefined(); // a hit: nothing was parsed
    const manifest = loadManifest(pack).data!;
    for (const id of manifest.chapters) {
      for (const lang of manifest.languages) {
        const doc = memo.chapter(pack, id, lang);
        expect(plain(doc)).toEqual(plain(loadChapter(pack, id, lang)));
        expect('text' in doc && doc.frontMatterSource).toBeUndefined();
      }
    }
    expect(plain(memo.glossary(pack))).toEqual(plain(loadGlossary(pack)));
    expect(plain(memo.models(pack))).toEqual(plain(loadModels(pack)));
    expect(plain(memo.timeline(pack))).toEqual(plain(loadTimeline(pack)));
    expect(plain(memo.quizzes(pack))).toEqual(plain(loadQuizzes(pack)));
    expect(memo.quizzes(pack).every((q) => q.source === undefined)).toBe(true);
  });

  it('is never used for a file changed since, even at the same size', () => {
    const manifest = loadManifest(pack).data!;
    const id = manifest.chapters[0]!;
    const lang = manifest.languages[0]!;
    const file = join(pack, 'content', `${id}.${lang}.md`);
    const before = readFileSync(file, 'utf8');
    const after = before.replace(/^title: (.)/m, (_m, ch: string) => `title: ${ch === 'X' ? 'Y' : 'X'}`);
    expect(after.length).toBe(before.length);
    writeFileSync(file, after);
    try {
      const doc = shippedOnly().chapter(pack, id, lang);
      expect(plain(doc)).toEqual(plain(loadChapter(pack, id, lang)));
      expect('text' in doc && doc.frontMatterSource).toBeDefined(); // parsed, not served
    } finally {
      writeFileSync(file, before);
    }
  });

  it('ships with the build', () => {
    // Running from source there is no dist/cache beside the program; the built one is in dist/.
    expect(shippedCacheDir()).toBeUndefined();
    expect(existsSync(join(ROOT, 'dist', 'cache'))).toBe(true);
  });
});
