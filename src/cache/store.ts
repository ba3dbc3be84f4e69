/**
 * A small on-disk cache of JSON values: the parse memo of every command
 * (YAML parses, the checks they passed, Markdown tokens; keyed by the SHA-256
 * of the text) and lm-lint's report (src/lint/cache.ts). An entry is the file
 * `<dir>/<build>/<ns>/<SHA-256 of the key>.json`: a first line with the
 * SHA-256 and the length in bytes of the body, then the body,
 * `{"key": …, "value": …}`. It is used only when the body has exactly that
 * length and hash and holds the same key: a truncated, damaged or foreign
 * file is a miss, and is written again. Entries are written to a temporary
 * file and renamed, so a reader sees a whole entry or none; directories of
 * other builds are removed when this build first writes. A cache that cannot
 * be written is skipped without a word: it is only an optimisation.
 * A store may sit over a seed, a store of the same layout that the build
 * filled with the built-in course's parses (./dir.ts), read on a miss only.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_ID } from './build-id.js';
import { cacheDir, seedDir } from './dir.js';

const BUILD_DIR = /^[0-9a-f]{16}$|^source$/;

const sha256 = (bytes: string | Buffer): string => createHash('sha256').update(bytes).digest('hex');

export class CacheStore {
  private writable = true;
  private pruned = false;

  constructor(
    readonly dir: string,
    readonly build: string = BUILD_ID ?? 'source',
    /** Read on a miss, never written. */
    private readonly seed?: CacheStore,
  ) {}

  /** The cache for this environment (see cacheDir) over the build's seed, or undefined when there is none or LM_NO_CACHE is set. */
  static fromEnv(env: Record<string, string | undefined>): CacheStore | undefined {
    if (env.LM_NO_CACHE) return undefined;
    const [dir, seed] = [cacheDir(env), seedDir(env)];
    return dir === undefined ? undefined : new CacheStore(dir, undefined, seed === undefined ? undefined : new CacheStore(seed));
  }

  /** The value stored under `key` (here, else in the seed), or undefined when there is none whole and intact. */
  get(ns: string, key: unknown): unknown {
    return this.own(ns, key) ?? this.seed?.get(ns, key);
  }

  private own(ns: string, key: unknown): unknown {
    const material = JSON.stringify(key);
    let file: Buffer;
    try {
      file = readFileSync(this.file(ns, material));
    } catch {
      return undefined;
    }
    const end = file.indexOf(10);
    const header = /^([0-9a-f]{64}) (\d+)$/.exec(file.toString('latin1', 0, Math.max(end, 0)));
    const body = file.subarray(end + 1);
    if (end < 0 || !header || body.length !== Number(header[2]) || sha256(body) !== header[1]) return undefined;
    try {
      const entry = JSON.parse(body.toString('utf8')) as { key?: unknown; value?: unknown };
      return JSON.stringify(entry.key) === material ? entry.value : undefined;
    } catch {
      return undefined;
    }
  }

  set(ns: string, key: unknown, value: unknown): void {
    if (!this.writable) return;
    const material = JSON.stringify(key);
    const file = this.file(ns, material);
    const tmp = `${file}.${process.pid}.tmp`;
    const body = Buffer.from(`{"key":${material},"value":${JSON.stringify(value)}}`);
    try {
      mkdirSync(join(this.dir, this.build, ns), { recursive: true });
      this.pruneOtherBuilds();
      writeFileSync(tmp, Buffer.concat([Buffer.from(`${sha256(body)} ${body.length}\n`), body]));
      renameSync(tmp, file);
    } catch {
      this.writable = false;
      try {
        rmSync(tmp, { force: true });
      } catch {
        // nothing more to do
      }
    }
  }

  private file(ns: string, material: string): string {
    return join(this.dir, this.build, ns, `${sha256(material)}.json`);
  }

  private pruneOtherBuilds(): void {
    if (this.pruned) return;
    this.pruned = true;
    for (const name of readdirSync(this.dir)) {
      if (name !== this.build && BUILD_DIR.test(name)) rmSync(join(this.dir, name), { recursive: true, force: true });
    }
  }
}
