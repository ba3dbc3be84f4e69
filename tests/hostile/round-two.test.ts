/**
 * Hostile command lines and packs, round two (issue #20, items 9, 10, 12-15): each
 * through the built binaries, none may exit 70, hang, or print raw input.
 */
import { appendFileSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, renameSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCase, Tally } from '../reliability/cases.js';
import { packFrom } from './packs.js';
import { rawSequences } from './raw.js';

// Each test runs the binaries many times; on a loaded machine that takes more than the default 20 s.
vi.setConfig({ testTimeout: 240_000 });
const tally = new Tally('Hostile command lines and packs, round two (echoes, /dev/zero, 2 MB chapters, lm-lint options)');
afterAll(() => tally.record());
const state = mkdtempSync(join(tmpdir(), 'lm-state-'));
const E = '\u001b]52;c;eA==\u0007\u001b[2J\u202e';
const HUGE = 'a'.repeat(120_000);

/** Wrong output: a raw sequence, a line over 500 columns, or more than two lines on stderr. */
function check(r: ReturnType<typeof runCase>, code: number): void {
  const bad = rawSequences(r.stderr, { colour: false }).length > 0 || r.stderr.split('\n').some((l) => l.length > 500) || r.code !== code;
  if (bad) tally.wrong++;
  expect(r.hung).toBe(false);
  expect(r.crashed, r.stderr).toBe(false);
  expect(r.code, r.stderr).toBe(code);
  expect(rawSequences(r.stderr, { colour: false })).toEqual([]);
  expect(r.stderr.split('\n').every((l) => l.length <= 500)).toBe(true);
}

describe('echoes of user input are sanitised and shortened (item 13)', () => {
  const forms: [('lm-explain' | 'lm-quiz' | 'lm-lint'), string[]][] = [
    ['lm-explain', ['completion']],
    ['lm-quiz', ['completion']],
    ['lm-lint', ['completion']],
    ['lm-lint', ['--lang']],
    ['lm-explain', ['show']],
    ['lm-explain', ['term']],
    ['lm-explain', ['--lang']],
    ['lm-quiz', []],
    ['lm-explain', []],
  ];
  it.each(forms)('%s %s "$E" and a 120 KB argument', (name, args) => {
    for (const value of [E, HUGE, `${E}${HUGE}`]) {
      const r = tally.add(runCase(name, [...args, value], { state }));
      check(r, r.code === 1 ? 1 : 2);
      expect(r.stderr.length).toBeLessThan(1500);
      expect(r.stderr).not.toContain('\u202e');
    }
  });
});

describe('--answers is capped while reading (item 14)', () => {
  it('--answers /dev/zero ends with a clear line, exit 2', () => {
    const r = tally.add(runCase('lm-quiz', ['stages', '--answers', '/dev/zero', '--json'], { state, timeoutMs: 20_000 }));
    check(r, 2);
    expect(r.stderr).toMatch(/^lm-quiz: the answers file \/dev\/zero is larger than 1 MiB; it is not read\n$/);
  });

  it('stdin over the cap too', () => {
    const r = tally.add(runCase('lm-quiz', ['stages', '--answers', '-', '--json'], { state, input: ' '.repeat(3 << 20) }));
    check(r, 2);
    expect(r.stderr).toMatch(/answers file stdin is larger than 1 MiB/);
  });
});

describe('lm-lint options and symlinks (item 15)', () => {
  it('--list-rules --fix is refused', () => {
    for (const fix of ['--fix', '--fix-dry-run']) {
      const r = tally.add(runCase('lm-lint', ['--list-rules', fix], { state }));
      check(r, 2);
      expect(r.stderr).toBe(`lm-lint: --list-rules cannot be used with ${fix}\n`);
    }
  });

  it('--fix on a symlink inside the pack fixes its target and keeps the link', () => {
    const pack = packFrom('reader');
    mkdirSync(join(pack, 'real'));
    renameSync(join(pack, 'content', 'basics.zh.md'), join(pack, 'real', 'basics.zh.md'));
    appendFileSync(join(pack, 'real', 'basics.zh.md'), '\n使用GPT模型。\n');
    symlinkSync('../real/basics.zh.md', join(pack, 'content', 'basics.zh.md'));
    const r = tally.add(runCase('lm-lint', ['--fix', pack], { state }));
    expect(r.crashed).toBe(false);
    expect(lstatSync(join(pack, 'content', 'basics.zh.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(pack, 'real', 'basics.zh.md'), 'utf8')).toContain('使用 GPT 模型。');
  });
});

describe('huge chapters: search, show and lm-lint finish (items 9, 10, 12)', () => {
  const chapter = (body: string) => `---\nid: stages\ntitle: Four stages\nsummary: s\n---\n\nintro\n\n## Big {#big}\n\n${body}\n`;
  const packs = {
    words: packFrom('reader', { 'content/stages.en.md': chapter('word '.repeat(400_000)) }),
    links: packFrom('reader', { 'content/stages.en.md': chapter('[a](http://x) '.repeat(140_000)) }),
  };
  it.each(Object.keys(packs) as (keyof typeof packs)[])('a 2 MB chapter of %s', (kind) => {
    const pack = packs[kind];
    const search = tally.add(runCase('lm-explain', ['search', kind === 'words' ? 'word' : 'a', '--pack', pack, '--lang', 'en'], { state, timeoutMs: 60_000 }));
    check(search, 0);
    expect(search.stdout).toMatch(/^\d+ results? for/);
    const show = tally.add(runCase('lm-explain', ['show', 'stages', '--pack', pack, '--lang', 'en', '--no-pager'], { state, timeoutMs: 60_000 }));
    check(show, 0);
    const lint = tally.add(runCase('lm-lint', ['--no-cache', pack], { state, timeoutMs: 60_000 }));
    expect(lint.crashed).toBe(false);
    expect(lint.hung).toBe(false);
  });

  it('a query of 20,000 words is refused with a clear line, exit 2 (it was exit 70)', () => {
    const r = tally.add(runCase('lm-explain', ['search', ...Array.from({ length: 20_000 }, () => 'w')], { state }));
    check(r, 2);
    expect(r.stderr).toMatch(/^lm-explain: the search query is longer than 200 characters/);
  });
});
