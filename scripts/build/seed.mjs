// The seed: the built-in course's parses, written into the new build's
// `memo/` so that a new user's first run reads them instead of parsing the
// course (src/cache/store.ts reads the seed on a miss; src/cache/dir.ts finds
// it). It is made by running the new build itself, as a user would, with its
// cache pointed at `memo/`: lm-lint reads every file of the pack, and `show`
// lexes each chapter's Markdown in each language. Only the parse memo's
// namespaces are kept (never lm-lint's report). Every entry is keyed by the
// SHA-256 of the text it was made from, under this build's id, so an edited
// course or another build simply misses it. The binaries run with LM_SEED_DIR
// empty: the seed of the build being replaced (the same id when only the
// course changed) is not read, so every entry is written here.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';

/** What a first run reads from the seed: YAML parses, the checks they passed, Markdown tokens. */
export const SEED_NAMESPACES = ['yaml-1', 'yaml-checked-1', 'markdown-tokens-1'];

const run = promisify(execFile);

/**
 * Fills `<out>/memo` by running the binaries built in `out` on the course in `root`. The seed is
 * only an optimisation: a command that fails (a chapter being edited that does not parse) is said
 * in one line on stderr and the build goes on, with what the other commands seeded; lm-lint's
 * findings (its exit 1) are not a failure here.
 */
export async function writeSeed(out, root) {
  const memo = join(out, 'memo');
  const scratch = mkdtempSync(join(tmpdir(), 'lm-seed-'));
  const env = { ...process.env, LM_CACHE_DIR: memo, LM_SEED_DIR: '', LM_STATE_DIR: join(scratch, 'state'), HOME: scratch, NO_COLOR: '1', LANG: 'C.UTF-8' };
  for (const name of ['LM_NO_CACHE', 'LM_PACK', 'LC_ALL', 'LC_MESSAGES', 'FORCE_COLOR', 'XDG_CACHE_HOME', 'PAGER', 'LESS']) delete env[name];
  const node = (bin, args, okCodes = [0]) =>
    run(process.execPath, [join(out, `${bin}.js`), ...args], { cwd: root, env, maxBuffer: 64 << 20 }).catch((error) => {
      if (okCodes.includes(error.code)) return;
      const said = String(error.stderr ?? error.message).trim().split('\n')[0];
      process.stderr.write(`build: seed: ${bin} ${args.join(' ')} failed (exit ${error.code}), so the seed may lack some parses: ${said}\n`);
    });
  try {
    await node('lm-lint', ['--format', 'json'], [0, 1]);
    const manifest = readManifest(root);
    const pages = manifest.languages.flatMap((lang) => [['--lang', lang], ...manifest.chapters.map((id) => ['show', id, '--lang', lang, '--no-pager'])]);
    // Two at a time (the machines this is built on have two cores or more).
    const queue = [...pages];
    await Promise.all([0, 1].map(async () => {
      for (let args = queue.shift(); args; args = queue.shift()) await node('lm-explain', args);
    }));
    for (const build of existsSync(memo) ? readdirSync(memo) : []) {
      for (const ns of readdirSync(join(memo, build))) {
        if (!SEED_NAMESPACES.includes(ns)) rmSync(join(memo, build, ns), { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The course's languages and chapters; none when its manifest cannot be read (lm-lint says why). */
function readManifest(root) {
  try {
    const { languages, chapters } = parse(readFileSync(join(root, 'content', 'course.yaml'), 'utf8')) ?? {};
    const strings = (list) => (Array.isArray(list) ? list.filter((x) => typeof x === 'string') : []);
    return { languages: strings(languages), chapters: strings(chapters) };
  } catch (error) {
    process.stderr.write(`build: seed: content/course.yaml cannot be read, no chapter is seeded: ${error.message.split('\n')[0]}\n`);
    return { languages: [], chapters: [] };
  }
}
