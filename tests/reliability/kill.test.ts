/**
 * The learner's history under kill -9, at scale: 200 SIGKILLs of real lm-quiz
 * processes answering quizzes through --answers, four at a time against ONE
 * state directory, each killed at a random moment of its run. A transcript
 * run prints an answer's feedback only after saving it; a --json run saves
 * its whole attempt before printing anything. After every round: every answer
 * any process reported saved is in the log, the log reads without damage
 * (a torn last line is allowed: it held nothing reported), and the binary
 * reads the history back. (tests/e2e/quiz-kill.test.ts is the one-writer
 * version; this adds concurrency, the --json mode and the count.)
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptsOf } from '../../src/state/quiz-history.js';
import { QuizLog } from '../../src/state/quiz-log.js';
import { ROOT, runBin, tempStateDir } from '../helpers/run-bin.js';
import { recordFigure } from './figures.js';

const QUESTIONS = 40;
const KILLS = 200;
const WRITERS = 4;
let pack = '';
let answers = '';

beforeAll(() => {
  pack = mkdtempSync(join(tmpdir(), 'lm-kill200-'));
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
  writeFileSync(join(pack, 'quizzes', 'tiny.yaml'), `id: tiny\ntitle: { zh: 测验, en: Quiz }\ntopic: basics\npass: 0.5\nquestions:\n${questions.join('\n')}\n`);
  answers = join(pack, 'answers.json');
  writeFileSync(answers, JSON.stringify(Object.fromEntries(Array.from({ length: QUESTIONS }, (_, i) => [`q-${i}`, i % 3 === 0]))));
});

afterAll(() => rmSync(pack, { recursive: true, force: true }));

interface Run {
  seed: string;
  json: boolean;
  /** Answers the process reported saved (transcript: feedback lines; --json: all of them once the result is out). */
  reported: number;
  killed: boolean;
}

/**
 * Starts lm-quiz and kills it: a transcript run `killAfterMs` after its first
 * output (answers are being saved from then on), a --json run `killAfterMs`
 * after it started (it saves everything just before it prints). Undefined: let it finish.
 */
function quiz(state: string, seed: string, json: boolean, killAfterMs?: number): Promise<Run & { startMs: number; writingMs: number }> {
  return new Promise((resolve, reject) => {
    const args = [join(ROOT, 'bin', 'lm-quiz.js'), 'tiny', '--pack', pack, '--answers', answers, '--seed', seed, ...(json ? ['--json'] : [])];
    const spawned = Date.now();
    const child = spawn(process.execPath, args, {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), LANG: 'en_US.UTF-8', NO_COLOR: '1', LM_STATE_DIR: state },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let first = 0;
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    if (killAfterMs !== undefined && json) timer = setTimeout(kill, killAfterMs);
    child.stdout.once('data', () => {
      first = Date.now();
      if (killAfterMs !== undefined && !json) timer = setTimeout(kill, killAfterMs);
    });
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      let reported = out.match(/^Read more:/gm)?.length ?? 0;
      if (json) {
        try {
          reported = (JSON.parse(out) as { questions: unknown[] }).questions.length;
        } catch {
          reported = 0; // killed before the result was printed: nothing was reported
        }
      }
      const end = Date.now();
      resolve({ seed, json, reported, killed: signal === 'SIGKILL', startMs: (first || end) - spawned, writingMs: end - (first || end) });
    });
  });
}

describe(`lm-quiz under ${KILLS} kill -9, ${WRITERS} writers at once on one state directory`, () => {
  it('loses no answer any process reported saved, and the state always reads', async () => {
    const started = Date.now();
    // How long runs take here and now, alone and four at once: the kills land inside those windows.
    const alone = await quiz(tempStateDir(), 'timing', false);
    const crowd = await Promise.all(Array.from({ length: WRITERS }, (_, w) => quiz(tempStateDir(), `timing${w}`, w === 0)));
    const writingMs = Math.max(alone.writingMs, ...crowd.filter((r) => !r.json).map((r) => r.writingMs));
    const jsonMs = crowd[0]!.startMs;

    const state = tempStateDir();
    const runs: Run[] = [];
    let lost = 0;
    let kills = 0;
    let round = 0;
    let midway = 0;
    while (kills < KILLS) {
      const batch = await Promise.all(
        Array.from({ length: WRITERS }, (_, w) => {
          const json = (round + w) % 4 === 0;
          return quiz(state, `r${round}w${w}`, json, Math.floor(Math.random() * (json ? jsonMs * 1.2 : writingMs * 0.95)));
        }),
      );
      round++;
      runs.push(...batch);
      kills += batch.filter((r) => r.killed).length;
      midway += batch.filter((r) => r.killed && r.reported > 0 && r.reported < QUESTIONS).length;

      const log = QuizLog.open(state, new Date());
      expect(log.refused).toBeUndefined();
      // A writer killed inside write() can leave a record cut short; when another writer has appended
      // since, it stands mid-file and is reported as a damaged line, kept aside. That is the only damage
      // allowed: every unreadable line of the copy kept aside must be such a cut-short record.
      for (const notice of log.notices) {
        if (notice.kind === 'torn') continue;
        expect(notice.kind).toBe('damaged');
        const aside = (notice as { aside: string }).aside;
        const unreadable = readFileSync(aside, 'utf8').split('\n').filter((line) => line !== '' && !isJson(line));
        expect(unreadable.length).toBeGreaterThan(0);
        for (const line of unreadable) expect(line.startsWith('{"v":1,') && !line.endsWith('}'), line).toBe(true);
      }
      const bySeed = new Map(attemptsOf(log.events).map((a) => [a.start?.seed, a]));
      for (const run of runs) {
        const saved = new Set(bySeed.get(run.seed)?.answers.map((a) => a.index) ?? []);
        const missing = Array.from({ length: run.reported }, (_, i) => i).filter((i) => !saved.has(i));
        lost += missing.length;
        expect(missing, `attempt ${run.seed}${run.json ? ' (--json)' : ''}: reported ${run.reported}`).toEqual([]);
      }
      if (lost > 0) break;
    }
    const history = runBin('lm-quiz', ['history', '--pack', pack, '-n', '100'], { stateDir: state });
    expect(history.code, `${history.stderr}\n${history.stdout.slice(0, 300)}`).toBe(0);
    expect(history.stderr).toBe('');
    const reported = runs.reduce((n, r) => n + r.reported, 0);
    recordFigure({ kind: 'kills', what: `${WRITERS} writers at once, transcript and --json`, kills, survived: kills, reported, lost });
    expect(midway).toBeGreaterThan(20); // many kills landed while answers were being saved
    expect(reported).toBeGreaterThan(KILLS);
    console.log(`${kills} kills in ${round} rounds, ${reported} answers reported and kept, ${midway} kills mid-quiz, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 600_000);
});

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
