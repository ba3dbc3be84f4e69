import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/lint.js';
import { lintWithCache } from '../../src/lint/cache.js';
import type { LintCommandOptions } from '../../src/lint/command.js';
import { memoryIo } from '../helpers/io.js';
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

const OPTS: LintCommandOptions = { packs: [], format: 'stylish', fix: false, fixDryRun: false, listRules: false, color: 'never' };

/** A counting stand-in for the linter: its output names the call. */
function counter() {
  let calls = 0;
  const run = async (_opts: LintCommandOptions, io: ReturnType<typeof memoryIo>) => {
    calls++;
    io.stdout.write(`report ${calls}\n`);
    io.stderr.write(`note ${calls}\n`);
    return 1;
  };
  return { run: run as Parameters<typeof lintWithCache>[3], calls: () => calls };
}

async function once(pack: string, cache: string, c: ReturnType<typeof counter>, opts: Partial<LintCommandOptions> = {}, env: Record<string, string> = {}) {
  const io = memoryIo({ env: { LM_CACHE_DIR: cache, ...env } });
  const code = await lintWithCache({ ...OPTS, packs: [pack], ...opts }, io, true, c.run);
  return { code, out: io.out(), err: io.err() };
}

describe('lintWithCache', () => {
  it('lints on a miss and replays the report, exit code and stderr on a hit', async () => {
    const pack = defectsPack();
    const cache = tempDir('lm-lint-cache-');
    const c = counter();
    const first = await once(pack, cache, c);
    expect(first).toEqual({ code: 1, out: 'report 1\n', err: 'note 1\n' });
    expect(await once(pack, cache, c)).toEqual(first);
    expect(c.calls()).toBe(1);
  });

  it('lints again when a file is edited (even at the same size), added, removed or renamed', async () => {
    const pack = defectsPack();
    const cache = tempDir('lm-lint-cache-');
    const c = counter();
    await once(pack, cache, c);
    const chapter = join(pack, 'content', readdirSync(join(pack, 'content')).find((n) => n.endsWith('.md'))!);
    const text = readFileSync(chapter, 'utf8');
    const edits: (() => void)[] = [
      () => writeFileSync(chapter, text.replace(/[a-z]/, (ch) => (ch === 'a' ? 'b' : 'a'))),
      () => writeFileSync(join(pack, 'content', 'new.en.md'), '---\nid: new\n---\n'),
      () => rmSync(join(pack, 'content', 'new.en.md')),
      () => renameSync(chapter, `${chapter}.bak`),
      () => writeFileSync(join(pack, 'quizzes', 'extra.yaml'), 'id: extra\n'),
    ];
    // Removing the added file brings back the pack of the first edit, and its report.
    const expected = [2, 3, 2, 4, 5];
    for (const [i, edit] of edits.entries()) {
      edit();
      expect((await once(pack, cache, c)).out).toBe(`report ${expected[i]}\n`);
      expect((await once(pack, cache, c)).out).toBe(`report ${expected[i]}\n`);
    }
    expect(c.calls()).toBe(5);
  });

  it('keeps reports apart by format, language, colour, warning limit and working directory', async () => {
    const pack = defectsPack();
    const cache = tempDir('lm-lint-cache-');
    const c = counter();
    const variants: [Partial<LintCommandOptions>, Record<string, string>][] = [
      [{}, {}],
      [{ format: 'json' }, {}],
      [{ lang: 'zh' }, {}],
      [{ color: 'always' }, {}],
      [{ maxWarnings: 0 }, {}],
    ];
    for (const [opts, env] of variants) await once(pack, cache, c, opts, env);
    expect(c.calls()).toBe(variants.length);
    for (const [opts, env] of variants) await once(pack, cache, c, opts, env);
    // The language from the locale is the language: the same report as --lang zh.
    await once(pack, cache, c, {}, { LANG: 'zh_CN.UTF-8' });
    expect(c.calls()).toBe(variants.length);
    const elsewhere = memoryIo({ env: { LM_CACHE_DIR: cache }, cwd: tmpdir() });
    await lintWithCache({ ...OPTS, packs: [pack] }, elsewhere, true, c.run);
    expect(c.calls()).toBe(variants.length + 1);
  });

  it('never caches --fix, --fix-dry-run, --list-rules or --no-cache runs', async () => {
    const pack = defectsPack();
    const cache = tempDir('lm-lint-cache-');
    const c = counter();
    for (const opts of [{ fix: true }, { fixDryRun: true }, { listRules: true }]) {
      await once(pack, cache, c, opts);
      await once(pack, cache, c, opts);
    }
    const io = memoryIo({ env: { LM_CACHE_DIR: cache } });
    await lintWithCache({ ...OPTS, packs: [pack] }, io, false, c.run);
    await lintWithCache({ ...OPTS, packs: [pack] }, io, false, c.run);
    expect(c.calls()).toBe(8);
    expect(readdirSync(cache)).toEqual([]);
  });

  it('lints as usual when the cache cannot be written or its entry is damaged', async () => {
    const pack = defectsPack();
    const blocked = tempDir('lm-lint-blocked-');
    writeFileSync(join(blocked, 'file'), 'x');
    const c = counter();
    await once(pack, join(blocked, 'file', 'cache'), c);
    await once(pack, join(blocked, 'file', 'cache'), c);
    expect(c.calls()).toBe(2);
    const cache = tempDir('lm-lint-cache-');
    await once(pack, cache, c);
    const entry = readdirSync(cache, { recursive: true, withFileTypes: true }).find((e) => e.isFile())!;
    for (const bad of ['{', '{"key":[],"value":1}', JSON.stringify({ key: [], value: { writes: [['x', 1]], code: 0 } })]) {
      writeFileSync(join(entry.parentPath, entry.name), bad);
      expect((await once(pack, cache, c)).out).toMatch(/^report \d+\n$/);
    }
    expect(c.calls()).toBe(6);
  });
});

describe('lm-lint with its cache', () => {
  it.each([[['--format', 'json']], [['--format', 'stylish', '--color', 'always']], [['--lang', 'zh']], [['--max-warnings', '0']]])(
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
      expect(await run([])).toEqual(uncached);
      expect(await run([])).toEqual(uncached);
    },
  );
});
