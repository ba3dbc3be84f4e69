/**
 * lm-lint's cache (as ESLint's --cache): a report is remembered with what it
 * was computed from, and printed again without linting while none of that
 * has changed. The key holds the build (so the rules and formats are the
 * same), the options and what the command derives from its environment (the
 * packs it resolves, message language, colour level, working directory),
 * and a fingerprint of every pack: the names in content/ and quizzes/ and,
 * for each, what reading it gives (the hash of its text, or why it cannot be
 * read, as the loader would say), and of its `.lm-lint.yaml`. Editing, adding,
 * removing or renaming any file a lint reads changes the key. `--fix`, `--fix-dry-run` and
 * `--list-rules` are never cached; `--no-cache` turns it off.
 *
 * This module is on lm-lint's start-up path: it must not import the linter.
 */
import { join, resolve } from 'node:path';
import { hashText } from '../cache/hash.js';
import { CacheStore, type CacheKey } from '../cache/store.js';
import { resolvePackDir } from '../course/course.js';
import { listDir, packRoot, readPackFile } from '../course/pack-files.js';
import { colorLevel, type Io } from '../io/io.js';
import { interfaceLang } from '../io/lang.js';
import type { LintCommandOptions } from './command.js';

type Written = ['out' | 'err', string];

interface CachedReport {
  writes: Written[];
  code: number;
}

export async function lintWithCache(
  opts: LintCommandOptions,
  io: Io,
  cache: boolean,
  run: (opts: LintCommandOptions, io: Io) => Promise<number>,
): Promise<number> {
  const store = cache && !opts.fix && !opts.fixDryRun && !opts.listRules ? CacheStore.fromEnv(io.env) : undefined;
  const key = store && reportKey(opts, io);
  if (!store || !key) return run(opts, io);
  const hit = store.get<CachedReport>('lint-report', key);
  if (hit && isReport(hit)) {
    for (const [stream, text] of hit.writes) (stream === 'out' ? io.stdout : io.stderr).write(text);
    return hit.code;
  }
  const writes: Written[] = [];
  const recording: Io = {
    ...io,
    stdout: tee(io.stdout, (text) => writes.push(['out', text])),
    stderr: tee(io.stderr, (text) => writes.push(['err', text])),
  };
  const code = await run(opts, recording);
  store.set('lint-report', key, { writes, code });
  return code;
}

/** Everything the report depends on, or undefined when a pack cannot be resolved (the command says why). */
function reportKey(opts: LintCommandOptions, io: Io): CacheKey | undefined {
  let dirs: string[];
  try {
    const flag = opts.pack === undefined || opts.pack.trim() === '' ? opts.pack : resolve(io.cwd, opts.pack);
    dirs = opts.packs.length > 0 ? opts.packs.map((p) => resolve(io.cwd, p)) : [resolvePackDir(flag, io.env)];
  } catch {
    return undefined;
  }
  const lang = interfaceLang(opts.lang, io.env);
  const color = colorLevel(opts.color, io.stdout, io.env);
  return [opts.format, opts.maxWarnings ?? null, lang, color, io.cwd, ...dirs.map(fingerprint)];
}

/** A pack as lint reads it: its real root and, for every file in content/ and quizzes/, what reading it gives. */
function fingerprint(dir: string): string {
  const root = packRoot(dir);
  if (root === undefined) return `missing:${dir}`;
  const parts = [dir, root];
  for (const name of ['.lm-lint.yaml', '.lm-lint.yml']) {
    const read = readPackFile(root, join(root, name));
    parts.push(name, read.ok ? hashText(read.text) : `!${read.finding.message}`);
  }
  for (const sub of ['content', 'quizzes']) {
    for (const name of listDir(root, sub)) {
      const read = readPackFile(root, join(root, sub, name));
      parts.push(`${sub}/${name}`, read.ok ? hashText(read.text) : `!${read.finding.message}`);
    }
  }
  return hashText(JSON.stringify(parts));
}

function tee(stream: Io['stdout'], record: (text: string) => void): Io['stdout'] {
  return {
    write: (text) => {
      record(text);
      stream.write(text);
    },
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
    get rows() {
      return stream.rows;
    },
  };
}

function isReport(value: unknown): value is CachedReport {
  const v = value as CachedReport;
  return (
    typeof v === 'object' && v !== null && Number.isInteger(v.code) && Array.isArray(v.writes) &&
    v.writes.every((w) => Array.isArray(w) && (w[0] === 'out' || w[0] === 'err') && typeof w[1] === 'string')
  );
}
