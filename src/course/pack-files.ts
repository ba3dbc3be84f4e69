/**
 * Reading a pack's files safely: never outside the pack (symlinks are
 * resolved and checked), never a huge file, never text that is not UTF-8.
 * Every refusal is a finding on that file, so one bad file never stops a run.
 */
import { isUtf8 } from 'node:buffer';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Finding } from './finding.js';
import { UsageError } from '../errors.js';
import { inLang } from '../i18n/catalog.js';
import { PACK_ERRORS } from '../i18n/pack.js';
import { interfaceLang, type Lang } from '../io/lang.js';

/** Files larger than this are refused with a finding instead of read. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; finding: Finding };

/**
 * Texts that replace files' contents for one read of the pack (absolute path
 * -> text), so `lm-lint --fix` can re-lint its edits before writing anything.
 */
export type Overlay = ReadonlyMap<string, string>;

/**
 * UTF-8 bytes as text, as a fatal UTF-8 TextDecoder gives it (a byte order
 * mark dropped), or undefined when they are not UTF-8. Buffer's validator and
 * decoder, not a TextDecoder: making one costs every run a quarter of a millisecond.
 */
export function decodeUtf8(bytes: Buffer): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The real path of the pack directory, or undefined if it is not a readable directory. */
export function packRoot(dir: string): string | undefined {
  try {
    const real = realpathSync(resolve(dir));
    return statSync(real).isDirectory() ? real : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `root` holds a manifest (a file, or a link to one; unreadable is left to the loader to say). */
export function hasManifest(root: string): boolean {
  try {
    return statSync(join(root, 'content', 'course.yaml')).isFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code !== 'ENOENT' && code !== 'ENOTDIR';
  }
}

let builtin: string | undefined;

/** The built-in pack: the package's own folder, found once from this module's location (src/ or dist/). */
export function builtinPackDir(): string {
  return (builtin ??= findBuiltinPack());
}

function findBuiltinPack(): string {
  let dir = import.meta.dirname;
  for (let i = 0; i < 5; i++) {
    try {
      if (statSync(join(dir, 'content', 'course.yaml'), { throwIfNoEntry: false })?.isFile()) return dir;
    } catch {
      // unreadable: keep looking upwards
    }
    dir = dirname(dir);
  }
  return resolve(import.meta.dirname, '..');
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/** Read `file` (absolute, inside `root`) as UTF-8 text, or explain in one finding why not. */
export function readPackFile(root: string, file: string, overlay?: Overlay): ReadResult {
  const replaced = overlay?.get(file);
  if (replaced !== undefined) return { ok: true, text: replaced };
  const fail = (message: string): ReadResult => ({
    ok: false,
    finding: { file, line: 1, column: 1, severity: 'error', rule: 'file', message },
  });
  try {
    // The system's realpath: one call, where the JavaScript one asks lstat of every directory on the way (per chapter of a 100,000-chapter pack).
    const real = realpathSync.native(file);
    if (!isInside(root, real)) return fail('is a link to a file outside the pack; refusing to read it');
    const stat = statSync(real);
    if (!stat.isFile()) return fail('is not a regular file');
    if (stat.size > MAX_FILE_BYTES) return fail(`is ${(stat.size / 1048576).toFixed(1)} MiB; files over ${MAX_FILE_BYTES / 1048576} MiB are not read`);
    const text = decodeUtf8(readFileSync(real));
    if (text === undefined) return fail('is not valid UTF-8 text');
    if (text.includes('\0')) return fail('contains NUL bytes; it looks like a binary file');
    return { ok: true, text };
  } catch (error) {
    return fail(`cannot read: ${errorCode(error)}`);
  }
}

/** Names of the entries of a pack sub-directory, sorted; empty when it does not exist. */
export function listDir(root: string, sub: string): string[] {
  try {
    return readdirSync(join(root, sub)).sort();
  } catch {
    return [];
  }
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** The pack directory: `--pack`, else `LM_PACK`, else the built-in course. Errors are in `ui`, by default the locale's language. */
export function resolvePackDir(pack: string | undefined, env: Record<string, string | undefined>, ui: Lang = interfaceLang(undefined, env)): string {
  const wanted = pack ?? (env.LM_PACK || undefined);
  if (wanted === undefined) return packRoot(builtinPackDir()) ?? builtinPackDir();
  const m = inLang(PACK_ERRORS, ui);
  if (wanted.trim() === '') throw new UsageError(m.needsDir);
  const root = packRoot(wanted);
  if (!root) throw new UsageError(m.notFound(wanted));
  // A directory that is not a pack is a usage error, said as lm-lint says it (not an invalid manifest).
  if (!hasManifest(root)) throw new UsageError(m.notAPack(wanted));
  return root;
}
