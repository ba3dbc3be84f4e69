/**
 * The command line, table-driven through the built binaries: every flag
 * given a wrong, empty or huge value, unknown subcommands and options,
 * missing arguments, for all three binaries. Each is one clear line on
 * stderr (`<binary>: ...`, at most one hint line after it), nothing on
 * stdout, exit 2, never a stack trace or an internal error.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BinResult } from '../helpers/run-bin.js';
import { recordFigure } from '../reliability/figures.js';
import { runAll, type Run } from './spawn.js';

const dir = mkdtempSync(join(tmpdir(), 'lm-usage-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const EMPTY = file('empty.json', '{}');
const HUGE = '99999999999999999999';

type Case = [Run['name'], string[]];

const CASES: Case[] = [
  // lm-explain: global options
  ['lm-explain', ['--pack', '']],
  ['lm-explain', ['--pack']],
  ['lm-explain', ['--pack', '/nonexistent']],
  // A directory that is not a pack (issue 18 item 8: was "the course manifest is not valid", exit 1).
  ['lm-explain', ['--pack', dir]],
  ['lm-quiz', ['--pack', dir, 'list']],
  ['lm-explain', ['--lang', 'xx']],
  ['lm-explain', ['--lang', '']],
  ['lm-explain', ['--color', 'bogus']],
  ['lm-explain', ['--color', '']],
  ...['abc', '0', '19', '401', HUGE, '-5', '', '80.5', '1e2', 'Infinity', 'NaN'].map((w): Case => ['lm-explain', ['--width', w]]),
  ['lm-explain', ['--bogus']],
  ['lm-explain', ['--no-pager=1']],
  // lm-explain: commands
  ['lm-explain', ['shwo']],
  ['lm-explain', ['']],
  ['lm-explain', ['show']],
  ['lm-explain', ['show', '']],
  ['lm-explain', ['show', HUGE]],
  ['lm-explain', ['show', '-1']],
  ['lm-explain', ['show', '0']],
  ['lm-explain', ['show', '#']],
  ['lm-explain', ['show', 'stages', '--raw=x']],
  ['lm-explain', ['models', '--origin', 'mars']],
  ['lm-explain', ['models', '--origin', '']],
  ['lm-explain', ['search']],
  ['lm-explain', ['search', '']],
  // `term` with no word lists the glossary (issue 18 item 17): not a usage error any more.
  ['lm-explain', ['term', '']],
  ['lm-explain', ['list', 'extra']],
  ['lm-explain', ['list', '--json=1']],
  ['lm-explain', ['next', 'extra']],
  ['lm-explain', ['timeline', '--bogus']],
  ['lm-explain', ['completion', 'bogus']],
  ['lm-explain', ['completion']],
  // lm-quiz
  ...['0', '-1', 'abc', '1e400', HUGE, '', '1.5', '1000001'].map((n): Case => ['lm-quiz', ['stages', '-n', n, '--answers', EMPTY]]),
  ...['', 'a b', 'x'.repeat(65), 'é', '../x'].map((s): Case => ['lm-quiz', ['stages', '--seed', s, '--answers', EMPTY]]),
  ...['101', '-1', 'abc', '', 'NaN', 'Infinity', HUGE].map((p): Case => ['lm-quiz', ['stages', '--fail-under', p, '--answers', EMPTY]]),
  ['lm-quiz', ['stages', '--answers', EMPTY, '--junit']],
  ['lm-quiz', ['stages', '--answers', EMPTY, '--junit', '']],
  ['lm-quiz', ['stages', '--answers', '']],
  ['lm-quiz', ['stages', '--answers', '/nonexistent']],
  ['lm-quiz', ['stages', '--answers', dir]],
  ['lm-quiz', ['stages', '--answers', file('not.json', 'nope')]],
  ['lm-quiz', ['stages', '--answers', file('array.json', '[1]')]],
  ['lm-quiz', ['stages', '--answers', file('null.json', 'null')]],
  ['lm-quiz', ['stages', '--answers', file('binary.json', '\u0000\u0001\u00ff')]],
  ['lm-quiz', ['stages', '--answers', file('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`)]],
  ['lm-quiz', ['--lang', 'xx', 'list']],
  ['lm-quiz', ['list', '--color', 'x']],
  ['lm-quiz', ['zzz', '--answers', EMPTY]],
  ['lm-quiz', ['', '--answers', EMPTY]],
  ['lm-quiz', []],
  ['lm-quiz', ['stages']],
  ['lm-quiz', ['stages', '--json']],
  ['lm-quiz', ['history', '-n', '0']],
  ['lm-quiz', ['history', '-n', HUGE]],
  ['lm-quiz', ['stats', '--bogus']],
  ['lm-quiz', ['review', '-n', 'abc']],
  ['lm-quiz', ['reset', '--topic', '']],
  ['lm-quiz', ['reset', '--topic', 'nope', '--yes']],
  ['lm-quiz', ['list', 'extra']],
  ['lm-quiz', ['completion', 'bogus']],
  // lm-lint
  ['lm-lint', ['--format', 'bogus']],
  ['lm-lint', ['--format', '']],
  ['lm-lint', ['-f']],
  ...['-1', 'abc', '1e3', HUGE, '', '1.5'].map((n): Case => ['lm-lint', ['--max-warnings', n]]),
  ['lm-lint', ['--lang', 'xx']],
  ['lm-lint', ['--color', 'x']],
  ['lm-lint', ['--fix', '--fix-dry-run']],
  ['lm-lint', ['--bogus']],
  ['lm-lint', ['/nonexistent']],
  ['lm-lint', ['/etc/passwd']],
  ['lm-lint', ['--pack', '']],
  ['lm-lint', ['--pack']],
  ['lm-lint', ['completion', 'bogus']],
];

let results: BinResult[] = [];
let junit: BinResult;

beforeAll(async () => {
  results = await runAll(CASES.map(([name, args]) => ({ name, args })), 3);
  junit = (await runAll([{ name: 'lm-quiz', args: ['stages', '--answers', EMPTY, '--junit', '/nonexistent/dir/r.xml'] }]))[0]!;
}, 180_000);

afterAll(() => {
  const bad = results.filter((r, i) => !clear(CASES[i]![0], r)).length;
  recordFigure({ kind: 'usage', what: 'wrong values, unknown commands, empty strings, huge numbers', tried: CASES.length, bad });
});

function clear(name: string, r: BinResult): boolean {
  const lines = r.stderr.trimEnd().split('\n');
  return r.code === 2 && r.stdout === '' && lines.length <= 2 && lines[0]!.startsWith(`${name}: `) && !/internal error|^\s+at /m.test(r.stderr);
}

describe('usage errors', () => {
  it('--junit to a place that cannot be written: the quiz runs, then one clear line and exit 2', () => {
    expect(junit.code).toBe(2);
    expect(junit.stderr).toBe("lm-quiz: cannot write /nonexistent/dir/r.xml (ENOENT)\n");
  });

  it.each(CASES.map((c, i) => [`${c[0]} ${c[1].map((a) => JSON.stringify(a)).join(' ')}`, i] as const))('%s: one clear line, exit 2', (_, i) => {
    const r = results[i]!;
    expect({ code: r.code, stdout: r.stdout.slice(0, 200) }).toEqual({ code: 2, stdout: '' });
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${CASES[i]![0]}: \\S`));
    expect(lines.length, r.stderr).toBeLessThanOrEqual(2);
    expect(r.stderr).not.toMatch(/internal error|^\s+at |\bError:/m);
  });
});

describe('counts out of range, in the interface language', () => {
  const counts = [
    ['stages', '-n', '0', '--answers', EMPTY],
    ['history', '-n', 'abc'],
    ['review', '--weakest', '1000001'],
    ['analyze', '--min-attempts', '1.5'],
  ];
  it.each(counts)('lm-quiz %s …: the whole line in Chinese under --lang zh, in English under --lang en', async (...args) => {
    const [zh, en] = await runAll([{ name: 'lm-quiz', args: ['--lang', 'zh', ...args] }, { name: 'lm-quiz', args: ['--lang', 'en', ...args] }]);
    const option = args.find((a) => a.startsWith('-'))!;
    expect({ code: zh!.code, stderr: zh!.stderr }).toEqual({ code: 2, stderr: expect.stringContaining(`${option} 必须是 1 到 1000000 之间的整数\n`) as string });
    expect(zh!.stderr).not.toMatch(/[A-Za-z]{3,} [a-z]{3,}/);
    expect({ code: en!.code, stderr: en!.stderr }).toEqual({ code: 2, stderr: expect.stringContaining(`${option} must be a whole number from 1 to 1000000\n`) as string });
  });
});
