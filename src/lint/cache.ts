/**
 * lm-lint's cache (as ESLint's --cache): the findings of a pack, remembered
 * with what they were computed from, and taken again while none of that has
 * changed. The key is the build (src/cache/store.ts keeps builds apart), the
 * options the linter is run with, whole, and a fingerprint of the pack: its
 * real root, its `.lm-lint.yaml` and, for every name in content/ and quizzes/,
 * what reading it gives (the hash of its text, or why it cannot be read, as the loader would
 * say). Editing, adding, removing or renaming any file a lint reads changes
 * the key. Only findings are kept: the report is printed by the same
 * formatter, with the same sanitising, as a fresh lint's; an entry whose
 * findings are not findings of this pack is a miss.
 */
import { createHash } from 'node:crypto';
import { join, sep } from 'node:path';
import type { CacheStore } from '../cache/store.js';
import type { Finding } from '../course/finding.js';
import { listDir, readPackFile } from '../course/pack-files.js';
import { CONFIG_FILES } from './config/files.js';

/**
 * `lint(root, options)`'s findings, from the cache when the pack and options are as they were.
 * `lint` returns undefined when the pack cannot be linted (nothing is kept then).
 */
export async function cachedFindings<O extends object, R extends Finding[] | undefined>(
  store: CacheStore | undefined,
  root: string,
  options: O,
  lint: (root: string, options: O) => Promise<R>,
): Promise<Finding[] | R> {
  if (!store) return lint(root, options);
  const key = [fingerprint(root), options];
  const hit = store.get('lint-findings', key);
  if (isFindings(hit, root)) return hit;
  const findings = await lint(root, options);
  if (findings) store.set('lint-findings', key, findings);
  return findings;
}

/** A pack as lint reads it: its root and, for every file in content/ and quizzes/, what reading it gives. */
function fingerprint(root: string): string {
  const hash = createHash('sha256').update(root);
  for (const name of CONFIG_FILES) {
    const read = readPackFile(root, join(root, name));
    hash.update(`\0${name}\0`).update(read.ok ? read.text : `!${read.finding.message}`);
  }
  for (const sub of ['content', 'quizzes']) {
    for (const name of listDir(root, sub)) {
      const read = readPackFile(root, join(root, sub, name));
      hash.update(`\0${sub}/${name}\0`).update(read.ok ? read.text : `!${read.finding.message}`);
    }
  }
  return hash.digest('hex');
}

function isFindings(value: unknown, root: string): value is Finding[] {
  return (
    Array.isArray(value) &&
    value.every((f: Partial<Finding> | null) =>
      typeof f === 'object' && f !== null &&
      typeof f.file === 'string' && (f.file === root || f.file.startsWith(root + sep)) &&
      Number.isInteger(f.line) && Number.isInteger(f.column) &&
      (f.severity === 'error' || f.severity === 'warning') &&
      typeof f.rule === 'string' && typeof f.message === 'string',
    )
  );
}
