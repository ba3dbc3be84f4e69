import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheDir, seedDir } from '../../src/cache/dir.js';
import { CacheStore } from '../../src/cache/store.js';

const ROOT = join(import.meta.dirname, '..', '..');

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lm-cache-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function entries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe('cacheDir', () => {
  it('is LM_CACHE_DIR, else XDG_CACHE_HOME/lm-explain, else ~/.cache/lm-explain', () => {
    expect(cacheDir({ LM_CACHE_DIR: '/tmp/x', XDG_CACHE_HOME: '/c', HOME: '/h' }, true)).toBe('/tmp/x');
    expect(cacheDir({ XDG_CACHE_HOME: '/c', HOME: '/h' }, true)).toBe('/c/lm-explain');
    expect(cacheDir({ XDG_CACHE_HOME: 'relative', HOME: '/h' }, true)).toBe('/h/.cache/lm-explain');
    expect(cacheDir({ HOME: '/h' }, true)).toBe('/h/.cache/lm-explain');
    expect(cacheDir({}, true)).toBeUndefined();
  });

  it('is off when running from source unless LM_CACHE_DIR asks for it', () => {
    expect(cacheDir({ HOME: '/h' }, false)).toBeUndefined();
    expect(cacheDir({ LM_CACHE_DIR: '/tmp/y', HOME: '/h' }, false)).toBe('/tmp/y');
  });
});

describe('CacheStore', () => {
  it('gives back what was stored, under that key, namespace and build only', () => {
    const store = new CacheStore(tempDir(), '0123456789abcdef');
    store.set('ns', ['k', 1], { n: 1, list: ['a', 'b'] });
    expect(store.get('ns', ['k', 1])).toEqual({ n: 1, list: ['a', 'b'] });
    expect(store.get('ns', ['k', 2])).toBeUndefined();
    expect(store.get('other', ['k', 1])).toBeUndefined();
    expect(new CacheStore(store.dir, 'fedcba9876543210').get('ns', ['k', 1])).toBeUndefined();
  });

  it('serves nothing from an entry cut short, by any number of bytes', () => {
    const store = new CacheStore(tempDir(), '0123456789abcdef');
    store.set('ns', ['k'], { text: 'x'.repeat(100) });
    const [file] = entries(store.dir);
    const whole = readFileSync(file!);
    for (const cut of [1, 2, 7, 40, whole.length - 1]) {
      writeFileSync(file!, whole.subarray(0, whole.length - cut));
      expect(store.get('ns', ['k'])).toBeUndefined();
    }
  });

  it('serves nothing from an entry whose body was changed, even at the same length', () => {
    const store = new CacheStore(tempDir(), '0123456789abcdef');
    store.set('ns', ['k'], { message: 'plain text here' });
    const [file] = entries(store.dir);
    const text = readFileSync(file!, 'utf8');
    // A terminal escape (OSC 52, clipboard) written into the entry in place of text of the same length.
    writeFileSync(file!, text.replace('plain text here', '\\u001b]52;c;QQ==\\u0007'.padEnd(15, ' ').slice(0, 15)));
    expect(readFileSync(file!, 'utf8').length).toBe(text.length);
    expect(store.get('ns', ['k'])).toBeUndefined();
    for (const bad of ['', '{', 'null', `${'0'.repeat(64)} 2\n{}`]) {
      writeFileSync(file!, bad);
      expect(store.get('ns', ['k'])).toBeUndefined();
    }
    store.set('ns', ['k'], 'again');
    expect(store.get('ns', ['k'])).toBe('again');
  });

  it('is skipped without a word when it cannot be written', () => {
    const blocked = tempDir();
    writeFileSync(join(blocked, 'file'), 'x');
    const store = new CacheStore(join(blocked, 'file', 'cache'), '0123456789abcdef');
    expect(() => store.set('ns', ['k'], 1)).not.toThrow();
    expect(store.get('ns', ['k'])).toBeUndefined();
  });

  it('removes the entries of other builds when it first writes', () => {
    const dir = tempDir();
    new CacheStore(dir, '0123456789abcdef').set('ns', ['k'], 1);
    new CacheStore(dir, 'fedcba9876543210').set('ns', ['k'], 2);
    expect(readdirSync(dir)).toEqual(['fedcba9876543210']);
  });

  it('is off with LM_NO_CACHE', () => {
    expect(CacheStore.fromEnv({ LM_NO_CACHE: '1', LM_CACHE_DIR: tempDir() })).toBeUndefined();
    expect(CacheStore.fromEnv({ LM_CACHE_DIR: tempDir() })).toBeInstanceOf(CacheStore);
  });

  describe('with a seed', () => {
    const BUILD = '0123456789abcdef';
    /** A seed directory holding `value` under `key`, written as the build writes it: by a store pointed at it. */
    function seedWith(key: unknown, value: unknown, build = BUILD): string {
      const seed = tempDir();
      new CacheStore(seed, build).set('ns', key, value);
      return seed;
    }

    it('reads an entry from the seed when the cache has none, and never writes into the seed', () => {
      const seed = seedWith(['k'], { parsed: [1, 2] });
      const before = entries(seed).map((f) => readFileSync(f, 'utf8'));
      const store = new CacheStore(tempDir(), BUILD, new CacheStore(seed, BUILD));
      expect(store.get('ns', ['k'])).toEqual({ parsed: [1, 2] });
      expect(store.get('ns', ['other'])).toBeUndefined();
      store.set('ns', ['new'], 3);
      store.set('ns', ['k'], 'mine');
      expect(entries(seed).map((f) => readFileSync(f, 'utf8'))).toEqual(before);
      expect(store.get('ns', ['k'])).toBe('mine'); // the cache's own entry first
    });

    it('is LM_SEED_DIR for the store of an environment, and none with LM_NO_CACHE', () => {
      const seed = seedWith(['k'], 'seeded', 'source'); // running from source, the build is "source"
      expect(CacheStore.fromEnv({ LM_CACHE_DIR: tempDir(), LM_SEED_DIR: seed })!.get('ns', ['k'])).toBe('seeded');
      expect(CacheStore.fromEnv({ LM_CACHE_DIR: tempDir(), LM_SEED_DIR: '' })!.get('ns', ['k'])).toBeUndefined();
      expect(CacheStore.fromEnv({ LM_CACHE_DIR: tempDir(), LM_SEED_DIR: seed, LM_NO_CACHE: '1' })).toBeUndefined();
    });

    it('never serves a seed entry of another build, nor a damaged one', () => {
      const other = seedWith(['k'], 'old', 'fedcba9876543210');
      expect(new CacheStore(tempDir(), BUILD, new CacheStore(other, BUILD)).get('ns', ['k'])).toBeUndefined();
      const seed = seedWith(['k'], 'value');
      const [file] = entries(seed);
      writeFileSync(file!, readFileSync(file!, 'utf8').replace('value', 'VALUE'));
      expect(new CacheStore(tempDir(), BUILD, new CacheStore(seed, BUILD)).get('ns', ['k'])).toBeUndefined();
    });

    it('is dist/memo of a build, LM_SEED_DIR when set (empty: none), and none when running from source', () => {
      expect(seedDir({}, false)).toBeUndefined();
      expect(seedDir({}, true)).toBe(join(ROOT, 'dist', 'memo'));
      expect(seedDir({ LM_SEED_DIR: '/tmp/seed' }, true)).toBe('/tmp/seed');
      expect(seedDir({ LM_SEED_DIR: '/tmp/seed' }, false)).toBe('/tmp/seed');
      expect(seedDir({ LM_SEED_DIR: '' }, true)).toBeUndefined();
    });
  });
});
