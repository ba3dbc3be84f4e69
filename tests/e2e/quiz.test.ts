/**
 * lm-quiz as CI uses it: the built binary, answers from a file or stdin,
 * --json, --junit, --fail-under, and the history it leaves behind.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { forbiddenIn, writeHostilePack } from '../helpers/hostile-pack.js';
import { ROOT, runBin, tempStateDir } from '../helpers/run-bin.js';

const PACK = join(ROOT, 'tests', 'fixtures', 'quiz-pack');

/** Right, except: kinds half right (0.5), history fully wrong (0), makers one of three (0.333). */
const ANSWERS = {
  assigns: 'A probability',
  kinds: ['Statistical models'],
  'statistical-first': true,
  history: [2, 1, 0],
  'gpt3-size': '1750亿',
  makers: { BERT: 'Google', 'GPT-3': '百度', ERNIE: 'OpenAI' },
};
const EXPECTED_POINTS = 1 + 0.5 + 1 + 0 + 1 + 1 / 3;

function answersFile(value: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'lm-answers-'));
  const file = join(dir, 'answers.json');
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

function quiz(args: string[], opts: Parameters<typeof runBin>[2] = {}) {
  return runBin('lm-quiz', ['--pack', PACK, ...args], opts);
}

describe('lm-quiz --answers', () => {
  it('scores a whole quiz as JSON', () => {
    const r = quiz(['all', '--answers', answersFile(ANSWERS), '--json', '--seed', 'abc']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ format: 'lm-quiz-result/1', target: 'all', seed: 'abc', lang: 'en', max: 6, passed: false, saved: true });
    expect(result.points).toBeCloseTo(EXPECTED_POINTS, 3);
    expect(result.percent).toBe(Math.round((EXPECTED_POINTS / 6) * 1000) / 10);
    const byId = Object.fromEntries(result.questions.map((q: { id: string }) => [q.id, q]));
    expect(byId.kinds).toMatchObject({ type: 'multiple', points: 0.5, verdict: 'partial', answer: [0], correct: [0, 1] });
    expect(byId.history).toMatchObject({ points: 0, verdict: 'wrong', answer: [2, 1, 0], correct: [0, 1, 2] });
    expect(byId['gpt3-size']).toMatchObject({ points: 1, answer: 175e9, ref: 'basics#sizes' });
    expect(byId.makers).toMatchObject({ answer: [0, 2, 1], verdict: 'partial' });
    expect(result.byTopic.map((t: { topic: string }) => t.topic).sort()).toEqual(['basics', 'numbers']);
    expect(result.byType).toHaveLength(6);
  });

  it('repeats exactly with the same seed, and records the shown order', () => {
    const file = answersFile(ANSWERS);
    const a = JSON.parse(quiz(['all', '--answers', file, '--json', '--seed', 's1']).stdout);
    const b = JSON.parse(quiz(['all', '--answers', file, '--json', '--seed', 's1']).stdout);
    const orders = new Set(['s1', 's2', 's3', 's4'].map((seed) => JSON.stringify(JSON.parse(quiz(['all', '--answers', file, '--json', '--seed', seed]).stdout).questions.map((q: { key: string; shown: unknown }) => [q.key, q.shown]))));
    expect(a.questions.map((q: { key: string; shown: unknown }) => [q.key, q.shown])).toEqual(b.questions.map((q: { key: string; shown: unknown }) => [q.key, q.shown]));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('prints the seed and a transcript that teaches', () => {
    const r = quiz(['basics', '--answers', answersFile(ANSWERS), '--seed', '12345']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('seed 12345');
    expect(r.stdout).toContain('--seed 12345');
    expect(r.stdout).toMatch(/^1\/4 · Basics · 0 pts so far$/m);
    expect(r.stdout).toContain('◐ Partly right: 0.5 of 1 point');
    expect(r.stdout).toContain('Read more:');
    expect(r.stdout).toContain(`lm-explain --pack ${PACK} show basics#probability`);
    expect(r.stdout).toMatch(/Score: 2\.5 \/ 4 points \(62\.5%\)/);
    expect(r.stdout).toContain('Not passed (pass mark 75%)');
  });

  it('shows the why of a wrong choice picked', () => {
    const r = quiz(['basics', '--answers', answersFile({ assigns: 'A colour' }), '-n', '4', '--seed', '1']);
    expect(r.stdout).toContain('“A colour”: Colours have nothing to do with it.');
    expect(r.stdout).toContain('Correct answer: A probability');
  });

  it('reads answers from stdin', () => {
    const r = quiz(['numbers', '--answers', '-', '--json'], { input: JSON.stringify({ 'gpt3-size': 175e9, makers: [0, 1, 2] }) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ points: 2, percent: 100, passed: true });
  });

  it('--fail-under sets the exit code', () => {
    const file = answersFile(ANSWERS);
    expect(quiz(['all', '--answers', file, '--json', '--fail-under', '70']).code).toBe(1);
    expect(quiz(['all', '--answers', file, '--json', '--fail-under', '60']).code).toBe(0);
    const bad = quiz(['all', '--answers', file, '--fail-under', '120']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('writes JUnit XML: one test case per question, failures for what was not fully right', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-junit-'));
    const r = quiz(['all', '--answers', answersFile(ANSWERS), '--junit', 'report.xml', '--seed', 'j'], { cwd: dir });
    expect(r.code).toBe(0);
    const xml = readFileSync(join(dir, 'report.xml'), 'utf8');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml.match(/<testcase /g)).toHaveLength(6);
    expect(xml.match(/<failure /g)).toHaveLength(3);
    expect(xml).toContain('<testsuites name="lm-quiz" tests="6" failures="3"');
    expect(xml).toMatch(/<testcase classname="lm-quiz\.basics" name="history" time="[\d.]+">\s*<failure message="✗ Wrong \(0\/1\)" type="wrong">/);
    expect(xml).toContain('<property name="seed" value="j"/>');
  });

  it('a question with no answer scores 0; unknown ids are warned about', () => {
    const r = quiz(['numbers', '--answers', answersFile({ 'gpt3-size': '175B', 'no-such-question': 1 }), '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr.trim()).toMatch(/answers\.json: warning: no question 'no-such-question' in this quiz; ignored$/);
    const result = JSON.parse(r.stdout);
    expect(result.questions.find((q: { id: string }) => q.id === 'makers')).toMatchObject({ answer: null, points: 0 });
  });

  it.each([
    [{ assigns: 7 }, /the answer to 'assigns' \(single\) must be a choice index/],
    [{ history: [0, 1] }, /the answer to 'history' \(order\) must be an array of every item/],
    ['{ not json', /is not valid JSON/],
    ['[1, 2]', /must hold a JSON object/],
  ])('refuses a bad answers file in one line: %j', (content, message) => {
    const r = quiz(['basics', '--answers', answersFile(content)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('reports every bad answer, one line each', () => {
    const r = quiz(['basics', '--answers', answersFile({ assigns: 'nope', kinds: 3, history: 'x' })]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(3);
  });

  it('a missing answers file is a usage error', () => {
    const r = quiz(['basics', '--answers', '/nonexistent/answers.json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('lm-quiz: cannot read the answers file /nonexistent/answers.json (ENOENT)');
  });
});

describe('lm-quiz without a terminal', () => {
  it('says so in one line and exits 2, never waiting', () => {
    const r = quiz(['basics']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--answers');
  });

  it('with no arguments too', () => {
    expect(quiz([]).code).toBe(2);
  });

  it('speaks Chinese when asked', () => {
    const r = quiz(['basics', '--lang', 'zh']);
    expect(r.stderr).toContain('需要在终端中提问');
  });

  it('an unknown quiz or topic suggests the nearest', () => {
    const r = quiz(['basic', '--answers', answersFile({})]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no quiz or topic named 'basic'");
    expect(r.stderr).toContain("did you mean 'basics'?");
  });

  it('--json without --answers is a usage error', () => {
    expect(quiz(['basics', '--json']).code).toBe(2);
  });
});

describe('history of answered quizzes', () => {
  it('saves the start with seed and shown order, every answer, and the end', () => {
    const state = tempStateDir();
    quiz(['numbers', '--answers', answersFile({ 'gpt3-size': 1 }), '--seed', 'h1'], { stateDir: state });
    const lines = readFileSync(join(state, 'quiz-log.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.kind)).toEqual(['start', 'answer', 'answer', 'end']);
    expect(lines[0]).toMatchObject({ v: 1, mode: 'answers', target: 'numbers', seed: 'h1' });
    expect(lines[0].plan.find((p: { key: string }) => p.key === 'numbers/makers').shown).toHaveLength(3);
    const size = lines.find((l) => l.key === 'numbers/gpt3-size');
    expect(size).toMatchObject({ points: 0, verdict: 'wrong', rating: 1, response: { type: 'numeric', value: 1 } });
    expect(lines[3]).toMatchObject({ status: 'finished', max: 2 });
  });

  it('a read-only state directory: the quiz runs and warns that nothing is saved', () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'lm-ro-')), 'file');
    writeFileSync(blocker, '');
    const r = quiz(['numbers', '--answers', answersFile({}), '--json'], { env: { LM_STATE_DIR: join(blocker, 'state') } });
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^warning: cannot save to .* \(ENOTDIR\); this quiz runs, but nothing will be saved/);
    expect(JSON.parse(r.stdout).saved).toBe(false);
  });

  it('a log from a newer version is refused and left untouched', () => {
    const state = tempStateDir();
    const text = '{"v":9,"kind":"future"}\n';
    writeFileSync(join(state, 'quiz-log.jsonl'), text);
    const r = quiz(['numbers', '--answers', answersFile({}), '--json'], { stateDir: state });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('written by a newer lm-quiz (format 9)');
    expect(readFileSync(join(state, 'quiz-log.jsonl'), 'utf8')).toBe(text);
    expect(readdirSync(state)).toEqual(['quiz-log.jsonl']);
  });

  it('a damaged log is reported in one line, set aside, and its readable lines kept', () => {
    const state = tempStateDir();
    quiz(['numbers', '--answers', answersFile({}), '--seed', 'd'], { stateDir: state });
    const file = join(state, 'quiz-log.jsonl');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, `garbage line\n${good}`);
    const r = quiz(['numbers', '--answers', answersFile({}), '--json'], { stateDir: state });
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/history: 1 damaged line\(s\) removed, 4 kept; the original is saved as .*quiz-log\.jsonl\.corrupt-/);
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(good)).toBe(true);
    expect(after.trim().split('\n')).toHaveLength(8);
  });
});

describe('lm-quiz on the built-in course', () => {
  it.each(['en', 'zh'])('plays every bank unattended (%s) within 80 columns', (lang) => {
    const r = runBin('lm-quiz', ['all', '--answers', answersFile({}), '--lang', lang, '--seed', '1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const line of r.stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(r.stdout).toMatch(lang === 'zh' ? /得分：0 \/ \d+ 分/ : /Score: 0 \/ \d+ points/);
  });

  it('gives full marks for the right answers of every bank', () => {
    const list = runBin('lm-quiz', ['all', '--answers', answersFile({}), '--json', '--seed', '1']);
    const result = JSON.parse(list.stdout);
    const right = Object.fromEntries(result.questions.map((q: { key: string; correct: unknown }) => [q.key, q.correct]));
    const again = JSON.parse(runBin('lm-quiz', ['all', '--answers', answersFile(right), '--json', '--seed', '2']).stdout);
    expect(again.percent).toBe(100);
    expect(again.questions.length).toBeGreaterThanOrEqual(3);
  });

  it('lists quizzes', () => {
    const r = runBin('lm-quiz', ['list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/stages .* \d+ questions · pass \d+%/);
  });
});


describe('lm-quiz on a hostile pack', () => {
  it('lets no terminal escape through, in any command, with or without colour', () => {
    const pack = writeHostilePack();
    const state = tempStateDir();
    const dir = mkdtempSync(join(tmpdir(), 'lm-hostile-junit-'));
    const wrong = answersFile({ 'q-single': 1, 'q-multiple': [1], 'q-tf': false, 'q-order': [2, 1, 0], 'q-numeric': 1, 'q-match': [2, 0, 1], 'evil\u001b]0;x\u0007': 1 });
    for (const lang of ['en', 'zh']) {
      for (const colour of [false, true]) {
        const extra = colour ? ['--color', 'always'] : [];
        const runs = [
          runBin('lm-quiz', ['evil', '--pack', pack, '--answers', wrong, '--lang', lang, '--junit', join(dir, 'r.xml'), ...extra], { stateDir: state }),
          runBin('lm-quiz', ['list', '--pack', pack, '--lang', lang, ...extra], { stateDir: state }),
          runBin('lm-quiz', ['history', '--pack', pack, '--lang', lang, ...extra], { stateDir: state }),
          runBin('lm-quiz', ['stats', '--pack', pack, '--lang', lang, ...extra], { stateDir: state }),
        ];
        for (const r of runs) {
          expect(r.code).toBe(0);
          expect(forbiddenIn(r.stdout, colour)).toEqual([]);
          expect(forbiddenIn(r.stderr, false)).toEqual([]);
        }
        expect(runs[0]!.stdout).toContain('1/6 · ');
        expect(forbiddenIn(readFileSync(join(dir, 'r.xml'), 'utf8'), false)).toEqual([]);
      }
    }
  });
});
