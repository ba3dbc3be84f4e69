/**
 * The state directory on real file systems (issue #20, items 1-4 and 6): a
 * tiny tmpfs that fills up, a stale empty lock, a read-only bind mount,
 * `chattr +i` on the directory and on the log, FIFOs in place of the state
 * files, and temporaries left behind. The built binaries run as a user would;
 * no run may exit 70, hang, or lose a saved answer.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ROOT } from '../helpers/run-bin.js';
import { runCase, Tally } from './cases.js';
import { chattr, mountReadOnly, mountTmpfs, needExternal, probe, unmount } from './mounts.js';

// Each test runs the binaries many times; on a loaded machine that takes more than the default 20 s.
vi.setConfig({ testTimeout: 240_000 });
const QUIZ_PACK = join(ROOT, 'tests', 'fixtures', 'quiz-pack');
const READER_PACK = join(ROOT, 'tests', 'fixtures', 'reader');
const external = probe();
const tally = new Tally('State directory on a full, read-only or immutable file system, FIFOs, stale locks');
afterAll(() => tally.record());

const answers = join(mkdtempSync(join(tmpdir(), 'lm-answers-')), 'a.json');
writeFileSync(answers, '{"gpt3-size": "175B"}');

const quiz = (state: string, seed: string, extra: string[] = ['--json']) =>
  tally.add(runCase('lm-quiz', ['numbers', '--pack', QUIZ_PACK, '--answers', answers, '--seed', seed, '--lang', 'en', ...extra], { state }));
const quizCmd = (state: string, args: string[]) => tally.add(runCase('lm-quiz', [...args, '--pack', QUIZ_PACK, '--lang', 'en'], { state }));
const reader = (state: string, args: string[]) => tally.add(runCase('lm-explain', [...args, '--pack', READER_PACK, '--lang', 'en'], { state }));
const seeds = (state: string) =>
  readFileSync(join(state, 'quiz-log.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.includes('"kind":"start"'))
    .map((l) => (JSON.parse(l) as { seed: string }).seed);
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.lock') || n.endsWith('.tmp'));

/** A state directory with two saved attempts and a progress file. */
function savedState(): string {
  const state = mkdtempSync(join(tmpdir(), 'lm-state-'));
  expect(quiz(state, 'one').code).toBe(0);
  expect(quiz(state, 'two').code).toBe(0);
  expect(reader(state, ['show', 'basics']).code).toBe(0);
  return state;
}

describe('a full disk (a 64 KiB tmpfs)', () => {
  it('a torn write, then more runs: no exit 70, no lock file left, every reported answer kept', (ctx) => {
    needExternal(external, () => ctx.skip());
    const mount = mountTmpfs(64);
    const state = mount.dir!;
    try {
      const saved: string[] = [];
      for (let i = 0; i < 4; i++) {
        const r = quiz(state, `s${i}`);
        expect(r.code).toBe(0);
        if ((JSON.parse(r.stdout) as { saved: boolean }).saved) saved.push(`s${i}`);
      }
      writeFileSync(join(state, 'fill'), Buffer.alloc(0));
      // Fill what is left, then run until a write is cut short.
      try {
        execFileSync('dd', ['if=/dev/zero', `of=${join(state, 'fill')}`, 'bs=1k', 'count=200'], { stdio: 'ignore' });
      } catch {
        // dd stops at "no space left", as intended
      }
      const runs = Array.from({ length: 6 }, (_, i) => quiz(state, `full${i}`));
      for (const r of runs) {
        expect(r.crashed, r.stderr).toBe(false);
        expect(r.code).toBe(0);
        if ((JSON.parse(r.stdout) as { saved: boolean }).saved) saved.push(`full${runs.indexOf(r)}`);
      }
      expect(runs.some((r) => /ENOSPC/.test(r.stderr))).toBe(true);
      expect(leftovers(state)).toEqual([]);
      execFileSync('rm', [join(state, 'fill')]);
      const after = quiz(state, 'after');
      expect(after.code).toBe(0);
      expect(after.stderr).not.toMatch(/ENOSPC/);
      const kept = seeds(state);
      const lost = saved.filter((s) => !kept.includes(s)).length;
      tally.lost += lost;
      expect(lost).toBe(0);
      expect(leftovers(state)).toEqual([]);
    } finally {
      unmount(state);
    }
  });
});

describe('a stale lock file', () => {
  it('an empty lock left by a crash is taken over: the torn line is repaired and reset goes through', () => {
    const state = savedState();
    const log = join(state, 'quiz-log.jsonl');
    writeFileSync(log, `${readFileSync(log, 'utf8')}{"v":1,"id":"torn`);
    writeFileSync(`${log}.lock`, '');
    const past = new Date(Date.now() - 10_000);
    utimesSync(`${log}.lock`, past, past);
    const history = quizCmd(state, ['history']);
    expect(history.code).toBe(0);
    expect(history.stderr).toMatch(/incomplete and has been dropped/);
    writeFileSync(`${log}.lock`, '');
    utimesSync(`${log}.lock`, past, past);
    const reset = quizCmd(state, ['reset', '--yes']);
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stdout).toMatch(/before-reset/);
    expect(leftovers(state)).toEqual([]);
  });
});

describe('a read-only state directory (a read-only bind mount)', () => {
  it('history, stats, the quiz, show and next read on with one warning at most; reset refuses, exit 1; nothing changes', (ctx) => {
    needExternal(external, () => ctx.skip());
    const state = savedState();
    const before = readFileSync(join(state, 'quiz-log.jsonl'));
    const ro = mountReadOnly(state);
    try {
      const view = ro.dir!;
      for (const args of [['history'], ['stats'], ['history', '--json']]) {
        const r = quizCmd(view, args);
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
        expect(r.stderr).toBe('');
        expect(r.stdout).not.toBe('');
      }
      const q = quiz(view, 'ro');
      expect(q.code).toBe(0);
      expect(q.stderr).toMatch(/^warning: cannot save to .*\(EROFS\); this quiz runs, but nothing will be saved\n$/);
      const reset = quizCmd(view, ['reset', '--yes']);
      expect(reset.code).toBe(1);
      expect(reset.stderr).toMatch(/^lm-quiz: cannot reset: .*quiz-log\.jsonl cannot be copied or rewritten \(EROFS\); nothing was changed\n$/);
      for (const args of [['show', 'stages'], ['next']]) {
        const r = reader(view, args);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(1);
      }
    } finally {
      if (ro.dir) unmount(ro.dir);
    }
    expect(readFileSync(join(state, 'quiz-log.jsonl'))).toEqual(before);
    expect(leftovers(state)).toEqual([]);
  });

  it('an index made before, now behind the log: stats and history carry it on with no warning, and write nothing', (ctx) => {
    needExternal(external, () => ctx.skip());
    const state = savedState();
    const fresh = quizCmd(state, ['stats', '--json']);
    expect(existsSync(join(state, 'quiz-log.index'))).toBe(true);
    expect(quiz(state, 'three').code).toBe(0);
    const index = readFileSync(join(state, 'quiz-log.index'));
    const ro = mountReadOnly(state);
    try {
      for (const args of [['stats', '--json'], ['history']]) {
        const r = quizCmd(ro.dir!, args);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stderr).toBe('');
      }
      const stats = JSON.parse(quizCmd(ro.dir!, ['stats', '--json']).stdout) as { attempts: number };
      expect(stats.attempts).toBe((JSON.parse(fresh.stdout) as { attempts: number }).attempts + 1);
    } finally {
      if (ro.dir) unmount(ro.dir);
    }
    expect(readFileSync(join(state, 'quiz-log.index'))).toEqual(index);
    expect(leftovers(state)).toEqual([]);
  });

  it('a torn log on a read-only directory is read as it is, with a warning', (ctx) => {
    needExternal(external, () => ctx.skip());
    const state = savedState();
    const log = join(state, 'quiz-log.jsonl');
    writeFileSync(log, `${readFileSync(log, 'utf8')}{"v":1,"id":"torn`);
    const ro = mountReadOnly(state);
    try {
      const r = quizCmd(ro.dir!, ['history']);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/cannot be repaired now \(EROFS\); it is read as it is/);
      expect(r.stdout).toMatch(/Numbers quiz/);
    } finally {
      if (ro.dir) unmount(ro.dir);
    }
  });
});

describe('an immutable state directory or log (chattr +i)', () => {
  it.for(['directory', 'log'])('on the %s: reading goes on, the quiz warns once, reset refuses with exit 1', (what, ctx) => {
    needExternal(external, () => ctx.skip());
    const state = savedState();
    const log = join(state, 'quiz-log.jsonl');
    const before = readFileSync(log);
    const target = what === 'directory' ? state : log;
    expect(chattr('+i', target)).toBe(true);
    try {
      for (const args of [['history'], ['stats']]) {
        const r = quizCmd(state, args);
        expect(r.code, r.stderr).toBe(0);
      }
      const q = quiz(state, 'immutable');
      expect(q.code).toBe(0);
      // An immutable directory still lets the (mutable) log grow; an immutable log does not.
      if (what === 'log') expect(q.stderr).toMatch(/^warning: cannot save to .*\((EPERM|EACCES)\); this quiz runs, but nothing will be saved\n$/);
      else expect(q.stderr).toBe('');
      const reset = quizCmd(state, ['reset', '--yes']);
      expect(reset.code).toBe(1);
      expect(reset.stderr).toMatch(/cannot reset: .*\((EPERM|EACCES)\); nothing was changed/);
    } finally {
      chattr('-i', target);
    }
    if (what === 'log') expect(readFileSync(log)).toEqual(before);
    else expect(readFileSync(log).subarray(0, before.length)).toEqual(before);
    expect(leftovers(state)).toEqual([]);
  });

  it('an immutable progress.json: next warns and leaves no temporary file', (ctx) => {
    needExternal(external, () => ctx.skip());
    const state = savedState();
    const progress = join(state, 'progress.json');
    const before = readFileSync(progress);
    expect(chattr('+i', progress)).toBe(true);
    try {
      const r = reader(state, ['next']);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/progress/);
    } finally {
      chattr('-i', progress);
    }
    expect(readFileSync(progress)).toEqual(before);
    expect(readdirSync(state).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('a FIFO in place of a state file', () => {
  it.each(['quiz-log.jsonl', 'progress.json'])('%s as a FIFO: no command hangs or crashes; each says the file is not a regular file', (name) => {
    const state = mkdtempSync(join(tmpdir(), 'lm-state-'));
    execFileSync('mkfifo', [join(state, name)]);
    const runs =
      name === 'quiz-log.jsonl'
        ? [quiz(state, 'fifo'), quizCmd(state, ['history']), quizCmd(state, ['stats']), quizCmd(state, ['reset', '--yes'])]
        : [reader(state, ['show', 'stages']), reader(state, ['next']), reader(state, ['resume'])];
    for (const r of runs) {
      expect(r.hung).toBe(false);
      expect(r.crashed, r.stderr).toBe(false);
      expect(r.stderr).toMatch(/not a regular file/);
    }
  });
});

describe('temporary files', () => {
  it('stale temporaries of ours are swept from the state directory; others are left alone', () => {
    const state = savedState();
    const stale = join(state, '.progress.json.99999999.mabcdefg.tmp');
    const mine = join(state, '.notes.txt.tmp');
    writeFileSync(stale, '{}');
    writeFileSync(mine, 'keep');
    expect(reader(state, ['show', 'stages']).code).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(mine)).toBe(true);
  });

  it('lm-lint --fix sweeps the stale temporaries an interrupted --fix left in the pack', () => {
    const pack = mkdtempSync(join(tmpdir(), 'lm-pack-'));
    cpSync(READER_PACK, pack, { recursive: true });
    mkdirSync(join(pack, 'quizzes'), { recursive: true });
    const stale = join(pack, 'content', '.stages.en.md.99999999.mabcdefg.tmp');
    writeFileSync(stale, 'half a file');
    const r = tally.add(runCase('lm-lint', ['--fix', pack], { state: tmpdir() }));
    expect(r.crashed).toBe(false);
    expect(existsSync(stale)).toBe(false);
  });
});
