/**
 * A content-addressed cache of JSON values on disk: `remember(ns, key,
 * compute)` returns the value stored under the hash of `key` (which must
 * name every input the value depends on, such as the hash of the bytes it
 * was computed from), else computes and stores it. The build id is part of
 * every key. A cache is an optimisation only: an entry that cannot be read,
 * does not parse or is for another key is ignored and rewritten; a cache
 * that cannot be written is skipped without a word.
 *
 * Layout: `<dir>/<build id>/<ns>/<hashKey of the key>.json`, each file
 * `{"key": [...], "value": ...}` (or `.page`, the same with a text after it:
 * getWithText), written to a temporary file and renamed,
 * so a reader sees a whole entry or none. Directories of other builds are
 * removed when this build first writes. A build ships the entries of its
 * built-in pack in `dist/cache/` (scripts/build/compile-pack.mjs), read
 * when the user's cache has no entry; being keyed the same way (by content
 * hash), they are never used for a file that has changed since.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BUILD_ID } from './build-id.js';
import { cacheDir } from './dir.js';
import { hashKey } from './hash.js';

export type CacheKey = readonly (string | number | boolean | null)[];

const BUILD_DIR = /^[0-9a-f]{16}$|^source$/;

export class CacheStore {
  private writable: boolean;
  private pruned = false;

  /**
   * `dir`: the cache to read and write (undefined: none, only `shipped` is read);
   * `shipped`: a cache directory that is only read, after `dir` (a build's dist/cache).
   */
  constructor(
    readonly dir: string | undefined,
    readonly build: string = BUILD_ID ?? 'source',
    readonly shipped?: string,
  ) {
    this.writable = dir !== undefined;
  }

  /** The cache for this environment (see cacheDir) and this build's shipped entries, or undefined when there is neither (or LM_NO_CACHE is set). */
  static fromEnv(env: Record<string, string | undefined>): CacheStore | undefined {
    if (env.LM_NO_CACHE) return undefined;
    const dir = cacheDir(env);
    const shipped = BUILD_ID === undefined ? undefined : shippedCacheDir();
    return dir === undefined && shipped === undefined ? undefined : new CacheStore(dir, BUILD_ID, shipped);
  }

  get<T>(ns: string, key: CacheKey): T | undefined {
    const material = JSON.stringify(key);
    for (const dir of [this.dir, this.shipped]) {
      if (dir === undefined) continue;
      const value = readEntry(join(dir, this.build, ns, `${hashKey(material)}.json`), material);
      if (value !== undefined) return value as T;
    }
    return undefined;
  }

  set(ns: string, key: CacheKey, value: unknown): void {
    this.write(ns, key, '.json', (material) => `{"key":${material},"value":${JSON.stringify(value)}}\n`);
  }

  /** Writes an entry (its text made from the key's JSON) to a temporary file, renamed over the old one. */
  private write(ns: string, key: CacheKey, extension: '.json' | '.page', entry: (material: string) => string | Uint8Array): void {
    if (!this.writable || this.dir === undefined) return;
    const material = JSON.stringify(key);
    const dir = join(this.dir, this.build, ns);
    const file = join(dir, `${hashKey(material)}${extension}`);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(dir, { recursive: true });
      this.pruneOtherBuilds(this.dir);
      writeFileSync(tmp, entry(material));
      renameSync(tmp, file);
    } catch {
      this.writable = false;
      try {
        rmSync(tmp, { force: true });
      } catch {
        // nothing more to do: the cache is only an optimisation
      }
    }
  }

  /**
   * An entry with a text after it, in `<hash of the key>.page`: the entry's
   * JSON, a line feed (JSON has none of its own), and the text in UTF-16LE,
   * JavaScript's own form of it: decoding a megabyte of Chinese from UTF-8
   * took 5 ms, from UTF-16 one. For large texts, which
   * in JSON would be escaped, and parsed again on every read.
   */
  getWithText<T>(ns: string, key: CacheKey): { value: T; text: string } | undefined {
    const material = JSON.stringify(key);
    if (this.dir === undefined) return undefined;
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(this.dir, this.build, ns, `${hashKey(material)}.page`));
    } catch {
      return undefined;
    }
    const end = bytes.indexOf(10);
    if (end < 0 || (bytes.length - end - 1) % 2 !== 0) return undefined;
    const value = parseEntry(bytes.toString('utf8', 0, end), material);
    return value === undefined ? undefined : { value: value as T, text: bytes.toString('utf16le', end + 1) };
  }

  setWithText(ns: string, key: CacheKey, value: unknown, text: string): void {
    this.write(ns, key, '.page', (material) => Buffer.concat([Buffer.from(`{"key":${material},"value":${JSON.stringify(value)}}\n`), Buffer.from(text, 'utf16le')]));
  }

  /** The cached value for `key`, or `compute()`'s, which is then stored. */
  remember<T>(ns: string, key: CacheKey, compute: () => T): T {
    const hit = this.get<T>(ns, key);
    if (hit !== undefined) return hit;
    const value = compute();
    if (isJson(value)) this.set(ns, key, value);
    return value;
  }

  private pruneOtherBuilds(dir: string): void {
    if (this.pruned) return;
    this.pruned = true;
    for (const name of readdirSync(dir)) {
      if (name !== this.build && BUILD_DIR.test(name)) rmSync(join(dir, name), { recursive: true, force: true });
    }
  }
}

/** An entry's value, or undefined when the file is missing, damaged or for another key. */
function readEntry(file: string, material: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return parseEntry(text, material);
}

/** The value of an entry's JSON, or undefined when it does not parse or is for another key. */
function parseEntry(text: string, material: string): unknown {
  try {
    const entry = JSON.parse(text) as { key?: unknown; value?: unknown };
    if (JSON.stringify(entry.key) !== material || !('value' in entry)) return undefined;
    return entry.value;
  } catch {
    return undefined;
  }
}

/** The build's own entries: dist/cache, beside the running program (dist/program/*.js). */
export function shippedCacheDir(): string | undefined {
  let dir = import.meta.dirname;
  if (basename(dir) === 'program') dir = dirname(dir);
  const shipped = join(dir, 'cache');
  try {
    return existsSync(shipped) && statSync(shipped).isDirectory() ? shipped : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `value` survives JSON unchanged (plain objects and arrays, finite numbers, no undefined in arrays). */
export function isJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every((v) => v !== undefined && isJson(v));
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value as Record<string, unknown>).every((v) => v === undefined || isJson(v));
}
