// The built-in pack, compiled at build time: every file parsed and
// validated, each chapter's head and search text, stored in dist/cache/ as
// the entries the program's cache would hold (src/cache/store.ts reads them
// after the user's cache). It runs the program's own code (Course,
// readChapterHead, chapterSearchText) over the pack, so the entries are what
// a run would compute; they are keyed by each file's content hash, so an
// edited file simply finds none. A part of the pack that is not valid is left
// out (the program reports it when it reads it).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const ENTRY = `
import { PackMemo } from './src/cache/pack-memo.ts';
import { CacheStore } from './src/cache/store.ts';
import { Course } from './src/course/course.ts';
import { readChapterHead } from './src/reader/front-matter.ts';
import { chapterSearchText } from './src/reader/search.ts';

export function compilePack(root, dir, buildId) {
  const course = Course.open(root, { memo: new PackMemo(new CacheStore(dir, buildId), { stamps: false }) });
  const skipped = [];
  const attempt = (what, work) => {
    try {
      work();
    } catch (error) {
      skipped.push(what + ': ' + (error instanceof Error ? error.message : String(error)));
    }
  };
  for (const id of course.chapterIds) {
    for (const lang of course.languages) {
      attempt(id + '.' + lang, () => {
        chapterSearchText(course, course.chapter(id, lang));
        readChapterHead(root, id, lang, course.memo);
      });
    }
  }
  attempt('glossary', () => course.glossary());
  attempt('models', () => course.models());
  attempt('timeline', () => course.timeline());
  attempt('quizzes', () => course.quizzes());
  return skipped;
}
`;

/** Writes the compiled entries of the pack at `root` under `<outdir>/cache/<build id>/` (the sources are `common.absWorkingDir`'s). */
export async function writeCompiledPack(root, outdir, common, buildId) {
  const bundle = join(outdir, '.compile-pack.cjs');
  await build({
    ...common,
    stdin: { contents: ENTRY, resolveDir: common.absWorkingDir, sourcefile: 'compile-pack.js', loader: 'ts' },
    outfile: bundle,
    format: 'cjs',
    banner: { js: "'use strict';\nconst __lmImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { ...common.define, 'import.meta.url': '__lmImportMetaUrl', 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
  });
  try {
    const skipped = createRequire(import.meta.url)(bundle).compilePack(root, join(outdir, 'cache'), buildId);
    for (const line of skipped) console.warn(`build: built-in pack: not compiled: ${line}`);
  } finally {
    rmSync(bundle, { force: true });
  }
}
