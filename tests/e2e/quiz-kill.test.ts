/**
 * The learner's history under kill -9 and concurrent runs, through the real
 * binary: lm-quiz answers a long quiz from a file, printing each question's
 * feedback only after its answer is saved; we SIGKILL it at random moments
 * and check that every answer it reported is in the log, and that the log
 * always reads back without error.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptsOf } from '../../src/state/quiz-history.js';
import { QuizLog } from '../../src/state/quiz-log.js';
import { ROOT, runBin, tempStateDir } from '../helpers/run-bin.js';

const QUESTIONS = 200;
let pack = '';
let answers = '';

beforeAll(() => {
  pack = mkdtempSync(join(tmpdir(), 'lm-kill-pack-'));
  cpSync(join(ROOT, 'tests', 'fixtures', 'quiz-tmux', 'content'), join(pack, 'content'), { recursive: true });
  const questions = Array.from({ length: QUESTIONS }, (_, i) =>
    [
      `  - id: q-${i}`,
      '    type: truefalse',
      '    ref: basics#probability',
      '    evidence: { zh: 分配概率, en: assigns a probability }',
      `    prompt: { zh: 第 ${i} 题, en: Question ${i} }`,
      `    answer: ${i % 2 === 0}`,
      '    explain: { zh: 说明。, en: Because. }',
    ].join('\n'),
  );
  cpSync(join(ROOT, 'tests', 'fixtures', 'quiz-tmux', 'quizzes'), join(pack, 'quizzes'), { recursive: true });
  writeFileSync(join(pack, 'quizzes', 'tiny.yaml'), `id: tiny\ntitle: { zh: 长测验, en: Long quiz }\ntopic: basics\npass: 0.5\nquestions:\n${questions.join('\n')}\n`);
  answers = join(pack, 'answers.json');
  writeFileSync(answers, JSON.stringify(Object.fromEntries(Array.from({ length: QUESTIONS }, (_, i) => [`q-${i}`, true]))));
});

afterAll(() => rmSync(pack, { recursive: true, force: true }));

/**
 * Runs the quiz and, with `killAfterMs`, kills it that long after its first
 * output (answers are being saved from then on); returns how many answers it
 * reported saved.
 */
function runQuiz(state: string, seed: string, killAfterMs?: number): Promise<{ reported: number; signal: string | null; code: number | null; writingMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'lm-quiz.js'), 'tiny', '--pack', pack, '--answers', answers, '--seed', seed], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), LANG: 'en_US.UTF-8', NO_COLOR: '1', LM_STATE_DIR: state },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    let timer: NodeJS.Timeout | undefined;
    let firstOutput = 0;
    child.stdout.once('data', () => {
      firstOutput = Date.now();
      if (killAfterMs !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // The feedback of an answer ends with its "Read more" line, printed after the save.
      resolve({ reported: out.match(/^Read more:/gm)?.length ?? 0, signal, code, writingMs: Date.now() - firstOutput });
    });
  });
}

describe('lm-quiz under kill -9', () => {
  it('keeps every answer it reported saved, across 30 kills at random moments', async () => {
    const state = tempStateDir();
    // How long a whole run spends answering on this machine now: the kills land inside that window.
    const { writingMs } = await runQuiz(tempStateDir(), 'timing');
    const reported = new Map<string, number>();
    let killedMidway = 0;
    for (let run = 0; run < 30; run++) {
      const seed = `kill${run}`;
      const result = await runQuiz(state, seed, Math.floor(Math.random() * writingMs * 0.9));
      reported.set(seed, result.reported);
      if (result.signal === 'SIGKILL' && result.reported > 0) killedMidway++;

      const log = QuizLog.open(state, new Date());
      expect(log.refused).toBeUndefined();
      expect(log.notices.filter((n) => n.kind === 'damaged')).toEqual([]);
      const bySeed = new Map(attemptsOf(log.events).map((a) => [a.start?.seed, a]));
      for (const [s, count] of reported) {
        const answered = bySeed.get(s)?.answers.map((a) => a.index) ?? [];
        expect(answered.length, `attempt ${s}`).toBeGreaterThanOrEqual(count);
        expect(answered.slice(0, count)).toEqual(Array.from({ length: count }, (_, i) => i));
      }
    }
    expect(killedMidway).toBeGreaterThan(10); // kills landed while answers were being saved
    // And the binary itself reads it back without complaint.
    const history = runBin('lm-quiz', ['history', '--pack', pack, '-n', '100'], { stateDir: state });
    expect(history.stderr).toBe('');
    expect(history.code).toBe(0);
    expect(history.stdout.match(/seed kill\d+/g)?.length).toBeGreaterThan(20);
  }, 180_000);

  it('two runs at once lose nothing', async () => {
    const state = tempStateDir();
    const [a, b] = await Promise.all([runQuiz(state, 'one'), runQuiz(state, 'two')]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect([a.reported, b.reported]).toEqual([QUESTIONS, QUESTIONS]);
    const attempts = attemptsOf(QuizLog.open(state, new Date()).events);
    expect(attempts.map((x) => [x.start?.seed, x.answers.length, x.status]).sort()).toEqual([
      ['one', QUESTIONS, 'finished'],
      ['two', QUESTIONS, 'finished'],
    ]);
  }, 60_000);
});
