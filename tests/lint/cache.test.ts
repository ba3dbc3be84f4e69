import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CacheStore } from '../../src/cache/store.js';
import { main } from '../../src/cli/lint.js';
import type { Finding } from '../../src/course/finding.js';
import { cachedFindings } from '../../src/lint/cache.js';
import { memoryIo } from '../helpers/io.js';
import { moduleRecorder } from '../helpers/loaded-modules.js';
import { ROOT } from '../helpers/run-bin.js';

const dirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function defectsPack(): string {
  const pack = tempDir('lm-lint-cache-pack-');
  cpSync(join(ROOT, 'tests', 'fixtures', 'lint-defects'), pack, { recursive: true });
  return pack;
}

/** A counting stand-in for the linter: its one finding names the call. */
function counter(pack: string) {
  let calls = 0;
  const lint = async (): Promise<Finding[]> => {
    calls++;
    return [{ file: join(pack, 'content', 'course.yaml'), line: 1, column: 1, severity: 'error', rule: 'x', message: `call ${calls}` }];
  };
  return { lint, calls: () => calls };
}

describe('cachedFindings', () => {
  it('lints on a miss and gives the same findings back on a hit, per options', async () => {
    const pack = defectsPack();
    const store = new CacheStore(tempDir('lm-lint-cache-'));
    const c = counter(pack);
    const first = await cachedFindings(store, pack, { lang: 'en' }, c.lint);
    expect(await cachedFindings(store, pack, { lang: 'en' }, c.lint)).toEqual(first);
    expect(c.calls()).toBe(1);
    // Any other option is another entry: the key holds the options whole.
    expect((await cachedFindings(store, pack, { lang: 'zh' }, c.lint))[0]!.message).toBe('call 2');
    expect((await cachedFindings(store, pack, { lang: 'zh', extra: 1 }, c.lint))[0]!.message).toBe('call 3');
  });

  it('lints again when a file is edited (even at the same size), added, removed or renamed', async () => {
    const pack = defectsPack();
    const store = new CacheStore(tempDir('lm-lint-cache-'));
    const c = counter(pack);
    const message = async () => (await cachedFindings(store, pack, {}, c.lint))[0]!.message;
    await message();
    const chapter = join(pack, 'content', readdirSync(join(pack, 'content')).find((n) => n.endsWith('.md'))!);
    const text = readFileSync(chapter, 'utf8');
    const edits: (() => void)[] = [
      () => writeFileSync(chapter, text.replace(/[a-z]/, (ch) => (ch === 'a' ? 'b' : 'a'))),
      () => writeFileSync(join(pack, 'content', 'new.en.md'), '---\nid: new\n---\n'),
      () => rmSync(join(pack, 'content', 'new.en.md')),
      () => renameSync(chapter, `${chapter}.bak`),
      () => writeFileSync(join(pack, 'quizzes', 'extra.yaml'), 'id: extra\n'),
    ];
    // Removing the added file brings back the pack of the first edit, and its findings.
    const expected = [2, 3, 2, 4, 5];
    for (const [i, edit] of edits.entries()) {
      edit();
      expect(await message()).toBe(`call ${expected[i]}`);
      expect(await message()).toBe(`call ${expected[i]}`);
    }
    expect(c.calls()).toBe(5);
  });

  it('takes nothing from an entry that does not hold findings of this pack', async () => {
    const pack = defectsPack();
    const store = new CacheStore(tempDir('lm-lint-cache-'));
    const c = counter(pack);
    await cachedFindings(store, pack, {}, c.lint);
    // What a valid entry under the same key with foreign content would give: the store's own checks pass.
    const other = defectsPack();
    const original = store.get.bind(store);
    for (const bad of [null, [{ file: join(other, 'x.md'), line: 1, column: 1, severity: 'error', rule: 'x', message: 'm' }], [{ file: join(pack, 'x'), line: '1' }]]) {
      store.get = () => bad;
      expect((await cachedFindings(store, pack, {}, c.lint))[0]!.message).toMatch(/^call \d+$/);
    }
    store.get = original;
    expect(c.calls()).toBe(4);
  });
});

describe('lm-lint with its cache', () => {
  it.each([[['--format', 'json']], [['--format', 'stylish', '--color', 'always']], [['--lang', 'zh']], [['--max-warnings', '0']], [['--format', 'sarif']]])(
    'prints the same with and without the cache: %j',
    async (args) => {
      const pack = defectsPack();
      const cache = tempDir('lm-lint-cache-');
      const run = async (extra: string[]) => {
        const io = memoryIo({ env: { LM_CACHE_DIR: cache }, cwd: pack });
        const code = await main([pack, ...args, ...extra], io);
        return { code, out: io.out(), err: io.err() };
      };
      const uncached = await run(['--no-cache']);
      expect(uncached.out.length).toBeGreaterThan(0);
      expect(readdirSync(cache)).toEqual([]); // --no-cache writes nothing
      expect(await run([])).toEqual(uncached);
      expect(await run([])).toEqual(uncached);
    },
  );

  it('never caches --fix-dry-run or --list-rules', async () => {
    const pack = defectsPack();
    const cache = tempDir('lm-lint-cache-');
    for (const args of [['--fix-dry-run'], ['--list-rules']]) {
      const io = memoryIo({ env: { LM_CACHE_DIR: cache }, cwd: pack });
      await main([pack, ...args], io);
    }
    expect(readdirSync(cache)).toEqual([]);
  });

  it('prints a damaged entry as a fresh lint would, never its bytes', async () => {
    const pack = defectsPack();
    const cache = tempDir('lm-lint-cache-');
    const run = async () => {
      const io = memoryIo({ env: { LM_CACHE_DIR: cache }, cwd: pack });
      const code = await main([pack], io);
      return { code, out: io.out(), err: io.err() };
    };
    const fresh = await run();
    const file = readdirSync(cache, { recursive: true, withFileTypes: true }).find((e) => e.isFile())!;
    const path = join(file.parentPath, file.name);
    const whole = readFileSync(path, 'utf8');
    const poisoned = whole.replace(/"message":"[^"]{20}/, `"message":"\\u001b]52;c;SGk=\\u0007\\u202e....`);
    expect(poisoned).not.toBe(whole);
    for (const bad of [whole.slice(0, whole.length - 2), poisoned, '']) {
      writeFileSync(path, bad);
      const again = await run();
      expect(again).toEqual(fresh);
      expect(again.out).not.toMatch(/\u001b\]52|\u202e/);
    }
  });

  it('prints findings read from a whole entry through the same sanitiser as fresh ones', async () => {
    const pack = defectsPack();
    const cache = tempDir('lm-lint-cache-');
    const run = async () => {
      const io = memoryIo({ env: { LM_CACHE_DIR: cache }, cwd: pack });
      await main([pack], io);
      return io.out();
    };
    await run();
    const file = readdirSync(cache, { recursive: true, withFileTypes: true }).find((e) => e.isFile())!;
    const path = join(file.parentPath, file.name);
    const body = readFileSync(path, 'utf8').split('\n').slice(1).join('\n');
    // A well-formed entry, with its hash and length, whose messages carry terminal escapes.
    const evil = Buffer.from(body.replace(/"message":"/g, '"message":"CACHED \\u001b]52;c;SGk=\\u0007\\u202e'));
    writeFileSync(path, Buffer.concat([Buffer.from(`${createHash('sha256').update(evil).digest('hex')} ${evil.length}\n`), evil]));
    const out = await run();
    expect(out).toContain('CACHED '); // it was served from the entry...
    expect(out).not.toMatch(/\u001b|\u0007|\u202e/); // ...with every control character made harmless
  });

  it('takes a report from the cache without loading the linter (no yaml, zod or rules)', () => {
    const recorded = moduleRecorder();
    // The bundled code of the dist/ files a run loads; the ones holding the linter's dependencies.
    const linterFiles = (args: string[]) =>
      recorded('lm-lint', args)
        .filter((url) => url.startsWith('file:') && url.includes('/dist/'))
        .filter((url) => /node_modules\/(yaml|zod)\/|src\/lint\/registry\.ts/.test(readFileSync(fileURLToPath(url), 'utf8')));
    // A clean pack (the recorder expects exit 0), new to the cache.
    const pack = tempDir('lm-lint-cache-clean-');
    cpSync(join(ROOT, 'tests', 'fixtures', 'mini'), pack, { recursive: true });
    expect(linterFiles([pack]).length).toBeGreaterThan(0); // a miss lints
    expect(linterFiles([pack])).toEqual([]); // a hit prints the kept report
  });

  it('reports an unusable .lm-lint.yaml on every run and keeps nothing for it', async () => {
    const pack = defectsPack();
    writeFileSync(join(pack, '.lm-lint.yaml'), 'rules:\n  zh-spacng: error\n');
    const cache = tempDir('lm-lint-cache-');
    for (let i = 0; i < 2; i++) {
      const io = memoryIo({ env: { LM_CACHE_DIR: cache }, cwd: pack });
      expect(await main([pack], io)).toBe(2);
      expect(io.err()).toMatch(/^lm-lint: \.lm-lint\.yaml:2:3: rule 'zh-spacng' is not an lm-lint rule/);
      expect(io.out()).toBe('');
    }
    expect(readdirSync(cache, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.parentPath.includes('lint-findings'))).toEqual([]);
  });
});
