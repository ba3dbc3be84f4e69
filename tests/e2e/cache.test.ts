/**
 * The caches through the built binaries: the same output with or without a
 * cache, on a miss and on a hit; an edited chapter is shown edited at once; a
 * cache that cannot be written, or whose files are damaged, changes nothing.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runBin } from '../helpers/run-bin.js';

const dirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

const noCache = { LM_NO_CACHE: '1' };
const COMMANDS: [string, string[], Record<string, string>][] = [
  ['show', ['show', 'stages'], {}],
  ['show a section in colour', ['show', 'stages#slm', '--color', 'always', '--width', '60'], {}],
  ['search', ['search', '注意力'], { LANG: 'zh_CN.UTF-8' }],
  ['home', [], {}],
  ['term', ['term', 'token'], {}],
];

describe('lm-explain with a cache', () => {
  it.each(COMMANDS)('%s: the same output on a miss, on a hit and with no cache', (_name, args, env) => {
    const cache = tempDir('lm-e2e-cache-');
    const without = runBin('lm-explain', args, { env: { ...env, ...noCache } });
    const miss = runBin('lm-explain', args, { env: { ...env, LM_CACHE_DIR: cache } });
    const hit = runBin('lm-explain', args, { env: { ...env, LM_CACHE_DIR: cache } });
    // No user cache at all: the entries the build ships only.
    const shipped = runBin('lm-explain', args, { env: { ...env, HOME: undefined, XDG_CACHE_HOME: undefined } });
    expect(miss).toEqual(without);
    expect(hit).toEqual(without);
    expect(shipped).toEqual(without);
    expect(without.stdout.length).toBeGreaterThan(0);
  });

  it('shows a chapter edited on disk as edited, at once', () => {
    const pack = tempDir('lm-e2e-pack-');
    cpSync(join(ROOT, 'tests', 'fixtures', 'mini'), pack, { recursive: true });
    const cache = tempDir('lm-e2e-cache-');
    const env = { LM_CACHE_DIR: cache };
    const file = join(pack, 'content', 'basics.en.md');
    const show = () => runBin('lm-explain', ['show', 'basics', '--pack', pack], { env });
    expect(show().stdout).toContain('assigns a *probability*'); // bold keeps one * a side without colour
    // Same size, same second: only the content says it changed.
    const mtime = statSync(file).mtime;
    writeFileSync(file, readFileSync(file, 'utf8').replace('assigns a', 'gives one'));
    utimesSync(file, mtime, mtime);
    const edited = show();
    expect(edited.stdout).toContain('gives one *probability*');
    expect(edited.stdout).not.toContain('assigns a');
    expect(edited).toEqual(runBin('lm-explain', ['show', 'basics', '--pack', pack], { env: noCache }));
    // A broken edit is reported, not hidden by the cache.
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Basics\n', ''));
    const broken = show();
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('title');
  });

  it('finds the words of a chapter edited on disk, at once, in a search', () => {
    const pack = tempDir('lm-e2e-pack-');
    cpSync(join(ROOT, 'tests', 'fixtures', 'mini'), pack, { recursive: true });
    const env = { LM_CACHE_DIR: tempDir('lm-e2e-cache-') };
    const file = join(pack, 'content', 'basics.en.md');
    const search = (word: string) => runBin('lm-explain', ['search', word, '--pack', pack], { env });
    expect(search('probability').code).toBe(0);
    expect(search('probability').code).toBe(0);
    expect(search('likelihoods').code).toBe(1);
    // The same size, at once: within the same clock tick as the stored search, for all the stamp can tell.
    writeFileSync(file, readFileSync(file, 'utf8').replace('**probability**', '**likelihoods**'));
    const edited = search('likelihoods');
    expect(edited.code).toBe(0);
    expect(edited.stdout).toContain('likelihoods');
    expect(search('probability').stdout).not.toContain('assigns a probability');
    expect(edited).toEqual(runBin('lm-explain', ['search', 'likelihoods', '--pack', pack], { env: noCache }));
  });

  it('carries on without a word when the cache cannot be written', () => {
    const blocked = tempDir('lm-e2e-blocked-');
    writeFileSync(join(blocked, 'file'), 'not a directory');
    const result = runBin('lm-explain', ['show', 'stages'], { env: { LM_CACHE_DIR: join(blocked, 'file', 'cache') } });
    expect(result).toEqual(runBin('lm-explain', ['show', 'stages'], { env: noCache }));
  });

  it('ignores damaged cache files and rebuilds them', () => {
    const cache = tempDir('lm-e2e-cache-');
    const env = { LM_CACHE_DIR: cache };
    const first = runBin('lm-explain', ['show', 'stages'], { env });
    const entries = files(cache);
    expect(entries.length).toBeGreaterThan(0);
    for (const [i, file] of entries.entries()) writeFileSync(file, ['', '{', 'null', '{"key":[],"value":"x"}', '\u0000\u0001'][i % 5]!);
    expect(runBin('lm-explain', ['show', 'stages'], { env })).toEqual(first);
    // The entries are rewritten whole (the compiled code of the program, in v8/, is binary).
    for (const file of entries.filter((f) => f.endsWith('.json'))) expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
    expect(runBin('lm-explain', ['show', 'stages'], { env })).toEqual(first);
  });
});

describe('the compiled code of the program (v8/)', () => {
  it('is saved by the first run, used by the next, and rebuilt when damaged; output never changes', () => {
    const cache = tempDir('lm-e2e-code-');
    const env = { LM_CACHE_DIR: cache };
    // `list`, not `--help`: --help to a pipe is answered from the build's saved page, without the program.
    const expected = runBin('lm-quiz', ['list'], { env: noCache });
    expect(runBin('lm-quiz', ['list'], { env })).toEqual(expected);
    const saved = files(cache).filter((f) => f.includes(`${join('v8', 'lm-quiz-')}`));
    expect(saved).toHaveLength(1);
    const code = readFileSync(saved[0]!);
    expect(code.length).toBeGreaterThan(1000);
    expect(runBin('lm-quiz', ['list'], { env })).toEqual(expected);
    expect(readFileSync(saved[0]!).equals(code)).toBe(true); // used, not rewritten
    const flipped = Buffer.from(code);
    flipped[flipped.length >> 1]! ^= 0x10; // one bit, the length unchanged: only the checksum tells
    for (const damage of [Buffer.alloc(0), Buffer.from('garbage'), code.subarray(0, code.length >> 1), Buffer.from(code).fill(7, 64), flipped]) {
      writeFileSync(saved[0]!, damage);
      expect(runBin('lm-quiz', ['list'], { env })).toEqual(expected);
      expect(readFileSync(saved[0]!).length).toBeGreaterThan(1000); // rebuilt
    }
  });

  it('is kept for each lazy group a run loads, used by the next run, and rebuilt when damaged', () => {
    const cache = tempDir('lm-e2e-code-');
    const env = { LM_CACHE_DIR: cache };
    const args = ['--no-cache', '--format', 'json']; // lints for real: the lint group loads
    const expected = runBin('lm-lint', args, { env: noCache });
    expect(runBin('lm-lint', args, { env })).toEqual(expected);
    const saved = files(cache).filter((f) => f.includes(`${join('v8', 'lazy-lint-')}`));
    expect(saved).toHaveLength(1);
    const code = readFileSync(saved[0]!);
    expect(runBin('lm-lint', args, { env })).toEqual(expected);
    expect(readFileSync(saved[0]!).equals(code)).toBe(true); // used, not rewritten
    const flipped = Buffer.from(code);
    flipped[flipped.length >> 1]! ^= 0x04;
    writeFileSync(saved[0]!, flipped);
    expect(runBin('lm-lint', args, { env })).toEqual(expected);
    expect(readFileSync(saved[0]!).equals(flipped)).toBe(false); // rebuilt
    expect(runBin('lm-lint', args, { env })).toEqual(expected);
  });

  it('is skipped without a word when it cannot be written, or with LM_NO_CACHE', () => {
    const blocked = tempDir('lm-e2e-blocked-');
    writeFileSync(join(blocked, 'file'), 'x');
    const expected = runBin('lm-explain', ['list'], { env: noCache });
    expect(runBin('lm-explain', ['list'], { env: { LM_CACHE_DIR: join(blocked, 'file', 'cache') } })).toEqual(expected);
    const cache = tempDir('lm-e2e-code-');
    expect(runBin('lm-explain', ['list'], { env: { LM_CACHE_DIR: cache, LM_NO_CACHE: '1' } })).toEqual(expected);
    expect(files(cache)).toEqual([]);
  });
});
