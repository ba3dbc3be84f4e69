/**
 * A full disk and a read-only state directory, simulated by an fs layer that
 * fails writes on demand (ENOSPC, EROFS, EACCES, a short write), under the
 * real commands run in-process. Issue #5: the quiz runs and warns once that
 * nothing more will be saved; what was saved before stays intact and
 * readable; reading a chapter goes on with one warning; the old progress
 * file survives whole and no temporary file is left behind. (Root ignores
 * file modes, so a chmod-ed directory would not fail here: the fault layer
 * stands in for it; the e2e tests also cover a state path that is a file.)
 */
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuizLog } from '../../src/state/quiz-log.js';
import { attemptsOf } from '../../src/state/quiz-history.js';
import { ROOT } from '../helpers/run-bin.js';
import { runCli } from '../hostile/packs.js';

/** The fault: which error, from which call on (0: the first write), and whether to write part of the data first. */
const fault: { code?: string; after: number; partial: boolean; calls: number } = { after: 0, partial: false, calls: 0 };

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const fail = (): NodeJS.ErrnoException => Object.assign(new Error(`${fault.code}: simulated`), { code: fault.code });
  const armed = () => fault.code !== undefined && fault.calls++ >= fault.after;
  const writeSync = ((fd: number, data: never, ...rest: never[]) => {
    if (!armed()) return real.writeSync(fd, data, ...rest);
    if (fault.partial && Buffer.isBuffer(data)) return real.writeSync(fd, (data as Buffer).subarray(0, Math.max(1, (data as Buffer).length >> 1)));
    throw fail();
  }) as typeof real.writeSync;
  const openSync = ((path: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => {
    // A read-only directory refuses creating and opening for writing; reading still works.
    const writing = typeof flags === 'number' ? (flags & (real.constants.O_WRONLY | real.constants.O_RDWR)) !== 0 : flags !== undefined && flags !== 'r';
    if (writing && (fault.code === 'EROFS' || fault.code === 'EACCES') && armed()) throw fail();
    return real.openSync(path, flags ?? 'r', mode);
  }) as typeof real.openSync;
  return { ...real, default: { ...real, writeSync, openSync }, writeSync, openSync };
});

const QUIZ_PACK = join(ROOT, 'tests', 'fixtures', 'quiz-pack');
const READER_PACK = join(ROOT, 'tests', 'fixtures', 'reader');
const NOW = new Date('2026-06-01T00:00:00Z');

function arm(code: string | undefined, after = 0, partial = false): void {
  Object.assign(fault, { code, after, partial, calls: 0 });
}

afterEach(() => arm(undefined));

async function answered(state: string, seed: string, extra: string[] = []) {
  const answers = join(mkdtempSync(join(tmpdir(), 'lm-answers-')), 'a.json');
  fs.writeFileSync(answers, '{"gpt3-size": "175B"}');
  return runCli('lm-quiz', ['numbers', '--pack', QUIZ_PACK, '--answers', answers, '--seed', seed, '--lang', 'en', ...extra], { state });
}

describe('the quiz log on a full disk or a read-only state directory', () => {
  it.each(['ENOSPC', 'EROFS', 'EACCES'])('%s from the first write: the quiz runs, one warning, earlier history intact', async (code) => {
    const state = mkdtempSync(join(tmpdir(), 'lm-full-'));
    expect((await answered(state, 'before')).code).toBe(0);
    const log = readFileSync(join(state, 'quiz-log.jsonl'));
    arm(code);
    for (const extra of [[], ['--json']]) {
      const r = await answered(state, `during-${extra.length}`, extra);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`^warning: cannot save to .*quiz-log\\.jsonl \\(${code}\\); this quiz runs, but nothing will be saved\\n$`));
      if (extra.length > 0) expect(JSON.parse(r.stdout).saved).toBe(false);
      else expect(r.stdout).toMatch(/History: not saved/);
    }
    arm(undefined);
    expect(readFileSync(join(state, 'quiz-log.jsonl'))).toEqual(log);
    const after = QuizLog.open(state, NOW);
    expect(after.notices).toEqual([]);
    expect(attemptsOf(after.events).map((a) => a.start?.seed)).toEqual(['before']);
  });

  it('the disk filling up mid-quiz, with a short write: answers saved before it are kept; the torn line is dropped on the next open', async () => {
    const state = mkdtempSync(join(tmpdir(), 'lm-full-'));
    arm('ENOSPC', 2, true); // the start and the first answer are saved; the next write is cut short
    const r = await answered(state, 'filling');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: cannot save to .*\(ENOSPC\); this quiz runs, but nothing will be saved\n$/);
    arm(undefined);
    const log = QuizLog.open(state, NOW);
    expect(log.notices).toEqual([{ kind: 'torn' }]);
    const [attempt] = attemptsOf(log.events);
    expect(attempt?.start?.seed).toBe('filling');
    expect(attempt?.answers.map((a) => a.index)).toEqual([0]);
    expect(QuizLog.open(state, NOW).notices).toEqual([]);
    // The next quiz saves again, cleanly after the repaired log.
    expect((await answered(state, 'next')).stderr).toBe('');
    expect(attemptsOf(QuizLog.open(state, NOW).events).map((a) => a.start?.seed)).toEqual(['filling', 'next']);
  });
});

describe('reading progress on a full disk or a read-only state directory', () => {
  it.each(['ENOSPC', 'EROFS', 'EACCES'])('%s: the chapter is shown, one warning, the old progress whole, no temporary file left', async (code) => {
    const state = mkdtempSync(join(tmpdir(), 'lm-full-'));
    expect((await runCli('lm-explain', ['show', 'basics', '--pack', READER_PACK, '--no-pager', '--lang', 'en'], { state })).code).toBe(0);
    const progress = readFileSync(join(state, 'progress.json'), 'utf8');
    arm(code);
    const r = await runCli('lm-explain', ['show', 'stages', '--pack', READER_PACK, '--no-pager', '--lang', 'en'], { state });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Four stages/);
    expect(r.stderr).toMatch(new RegExp(`^warning: cannot save the reading progress to .*progress\\.json \\(${code === 'ENOSPC' ? 'ENOSPC' : code === 'EROFS' ? 'read-only file system' : 'permission denied'}\\)\\n$`));
    arm(undefined);
    expect(readFileSync(join(state, 'progress.json'), 'utf8')).toBe(progress);
    expect(readdirSync(state).sort()).toEqual(['progress.json']);
  });
});
