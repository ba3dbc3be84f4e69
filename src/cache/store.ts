/**
 * A content-addressed cache of JSON values on disk: `remember(ns, key,
 * compute)` returns the value stored under the hash of `key` (which must
 * name every input the value depends on, such as the hash of the bytes it
 * was computed from), else computes and stores it. The build id is part of
 * every key. A cache is an optimisation only: an entry that cannot be read,
 * does not parse or is for another key is ignored and rewritten; a cache
 * that cannot be written is skipped without a word.
 *
 * Layout: `<dir>/<build id>/<ns>/<sha256 of the key>.json`, each file
 * `{"key": [...], "value": ...}`, written to a temporary file and renamed,
 * so a reader sees a whole entry or none. Directories of other builds are
 * removed when this build first writes.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_ID } from './build-id.js';
import { cacheDir } from './dir.js';
import { hashText } from './hash.js';

export type CacheKey = readonly (string | number | boolean | null)[];

const BUILD_DIR = /^[0-9a-f]{16}$|^source$/;

export class CacheStore {
  private writable = true;
  private pruned = false;
  private readonly root: string;

  constructor(
    readonly dir: string,
    readonly build: string = BUILD_ID ?? 'source',
  ) {
    this.root = join(dir, build);
  }

  /** The cache for this environment, or undefined when there is none (see cacheDir). */
  static fromEnv(env: Record<string, string | undefined>): CacheStore | undefined {
    const dir = cacheDir(env);
    return dir === undefined ? undefined : new CacheStore(dir);
  }

  get<T>(ns: string, key: CacheKey): T | undefined {
    const material = JSON.stringify(key);
    let text: string;
    try {
      text = readFileSync(this.file(ns, material), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const entry = JSON.parse(text) as { key?: unknown; value?: unknown };
      if (JSON.stringify(entry.key) !== material || !('value' in entry)) return undefined;
      return entry.value as T;
    } catch {
      return undefined;
    }
  }

  set(ns: string, key: CacheKey, value: unknown): void {
    if (!this.writable) return;
    const material = JSON.stringify(key);
    const file = this.file(ns, material);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      const dir = join(this.root, ns);
      mkdirSync(dir, { recursive: true });
      this.pruneOtherBuilds();
      writeFileSync(tmp, `{"key":${material},"value":${JSON.stringify(value)}}\n`);
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

  /** The cached value for `key`, or `compute()`'s, which is then stored. */
  remember<T>(ns: string, key: CacheKey, compute: () => T): T {
    const hit = this.get<T>(ns, key);
    if (hit !== undefined) return hit;
    const value = compute();
    if (isJson(value)) this.set(ns, key, value);
    return value;
  }

  private file(ns: string, material: string): string {
    return join(this.root, ns, `${hashText(material)}.json`);
  }

  private pruneOtherBuilds(): void {
    if (this.pruned) return;
    this.pruned = true;
    for (const name of readdirSync(this.dir)) {
      if (name !== this.build && BUILD_DIR.test(name)) rmSync(join(this.dir, name), { recursive: true, force: true });
    }
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
