import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheDir } from '../../src/cache/dir.js';
import { CacheStore, isJson } from '../../src/cache/store.js';

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
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(join(d, e.name)) : out.push(join(d, e.name));
  };
  walk(dir);
  return out;
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
  it('computes on a miss, then serves the stored value without computing', () => {
    const store = new CacheStore(tempDir(), '0123456789abcdef');
    let calls = 0;
    const compute = () => (calls++, { n: 1, list: ['a', 'b'] });
    expect(store.remember('ns', ['k', 1], compute)).toEqual({ n: 1, list: ['a', 'b'] });
    expect(store.remember('ns', ['k', 1], compute)).toEqual({ n: 1, list: ['a', 'b'] });
    expect(calls).toBe(1);
    // Another key, namespace or build is another entry.
    store.remember('ns', ['k', 2], compute);
    store.remember('other', ['k', 1], compute);
    new CacheStore(store.dir, 'fedcba9876543210').remember('ns', ['k', 1], compute);
    expect(calls).toBe(4);
  });

  it('ignores a corrupt or foreign entry and rewrites it', () => {
    const dir = tempDir();
    const store = new CacheStore(dir, '0123456789abcdef');
    store.set('ns', ['k'], 'good');
    const [file] = entries(dir);
    for (const bad of ['{"key":["k"],"val', '', 'null', '{"key":["other"],"value":"wrong"}', '{"key":["k"]}']) {
      writeFileSync(file!, bad);
      expect(store.get('ns', ['k'])).toBeUndefined();
      expect(store.remember('ns', ['k'], () => 'rebuilt')).toBe('rebuilt');
      expect(store.get('ns', ['k'])).toBe('rebuilt');
    }
  });

  it('carries on without a word when the cache cannot be written', () => {
    // A file where the cache directory should be: nothing can be written under it, even as root.
    const blocked = tempDir();
    writeFileSync(join(blocked, 'file'), 'not a directory');
    const store = new CacheStore(join(blocked, 'file', 'cache'), '0123456789abcdef');
    let calls = 0;
    expect(store.remember('ns', ['k'], () => ++calls)).toBe(1);
    expect(store.remember('ns', ['k'], () => ++calls)).toBe(2);
    expect(entries(blocked)).toEqual([join(blocked, 'file')]);
  });

  it('does not store values JSON would change, and leaves no temporary files', () => {
    const dir = tempDir();
    const store = new CacheStore(dir, '0123456789abcdef');
    store.remember('ns', ['inf'], () => ({ x: Infinity }));
    store.remember('ns', ['ok'], () => ({ x: 1 }));
    expect(store.get('ns', ['inf'])).toBeUndefined();
    expect(entries(dir).map((f) => readFileSync(f, 'utf8'))).toEqual(['{"key":["ok"],"value":{"x":1}}\n']);
  });

  it('removes the directories of other builds when it first writes', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'aaaaaaaaaaaaaaaa', 'ns'), { recursive: true });
    mkdirSync(join(dir, 'not-a-build'));
    new CacheStore(dir, '0123456789abcdef').set('ns', ['k'], 1);
    expect(existsSync(join(dir, 'aaaaaaaaaaaaaaaa'))).toBe(false);
    expect(existsSync(join(dir, 'not-a-build'))).toBe(true);
  });
});

describe('isJson', () => {
  it.each([[null], ['s'], [1], [true], [[1, 'a']], [{ a: { b: [null] } }], [{ a: undefined }]])('%j survives JSON', (v) => expect(isJson(v)).toBe(true));
  it.each([[NaN], [Infinity], [-0], [[undefined]], [new Date(0)], [Object.create(null)], [new Map()], [() => 1]])('%s does not', (v) => expect(isJson(v)).toBe(false));
});

describe('CacheStore entries with a text', () => {
  it('keep any text as it is, and the value beside it', () => {
    const store = new CacheStore(tempDir(), 'b1');
    const text = '第一行\n\n  "quoted" \\ \u001b[1mbold\u001b[22m\r\nlast line without a line feed';
    store.setWithText('page', ['k', 1], { meta: [1, 'x'] }, text);
    expect(store.getWithText('page', ['k', 1])).toEqual({ value: { meta: [1, 'x'] }, text });
    expect(store.getWithText('page', ['k', 2])).toBeUndefined();
    store.setWithText('page', ['k', 1], null, '');
    expect(store.getWithText('page', ['k', 1])).toEqual({ value: null, text: '' });
  });

  it('ignore a damaged file or one for another key', () => {
    const dir = tempDir();
    const store = new CacheStore(dir, 'b1');
    store.setWithText('page', ['k'], 1, 'text');
    const [file] = entries(dir);
    for (const bad of ['', 'no line feed at all', '{"key":["k"]}\ntext', '{"key":["other"],"value":1}\ntext', 'not json\ntext', '{"key":["k"],"value":1}\nodd']) {
      writeFileSync(file!, bad);
      expect(store.getWithText('page', ['k'])).toBeUndefined();
    }
  });
});
