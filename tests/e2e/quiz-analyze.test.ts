import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/width.js';
import { runBin } from '../helpers/run-bin.js';
import { ANALYSIS_PACK, simulateClass } from '../quiz/analysis/simulated-class.js';

/** A class of 200 as the files a CI job would collect: one `--json` result per learner. */
function classDir(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'lm-class-'));
  const files = simulateClass(200, 'class-2026').map((result, i) => {
    const file = `learner-${String(i + 1).padStart(3, '0')}.json`;
    writeFileSync(join(dir, file), JSON.stringify(result, null, 2));
    return file;
  });
  return { dir, files };
}

describe('lm-quiz analyze (built binary)', () => {
  const { dir, files } = classDir();
  const run = (args: string[], env: Record<string, string> = {}) => runBin('lm-quiz', ['analyze', '--pack', ANALYSIS_PACK, ...args], { cwd: dir, env });

  it('prints a table with the planted items flagged, in English', () => {
    const r = run(files, { COLUMNS: '120' });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('Item analysis: 200 attempts, 9 questions');
    const line = (id: string) => r.stdout.split('\n').find((l) => l.startsWith(`${id} `)) ?? '';
    expect(line('easy-one')).toMatch(/^easy-one +\| 200 \| +100% \| +– \| +0\.00 \| A\*200 B0 C0 D0 +\| easy$/);
    expect(line('miskeyed')).toMatch(/\| 200 \| .* \| -0\.\d\d \| .*C\*\d+ .*\| negative$/);
    expect(line('dead-distractor')).toMatch(/D0 +\| unpicked$/);
    for (const id of ['tokens-unit', 'what-assigned', 'split-first', 'probability-use', 'token-count', 'model-input']) expect(line(id)).toMatch(/\| 200 \| .*\|$/);
    expect(r.stdout).toContain('3 questions flagged.');
  });

  it('speaks Chinese with --lang zh', () => {
    const r = run([...files, '--lang', 'zh'], { COLUMNS: '120' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('题目分析：200 次作答，9 道题');
    expect(r.stdout).toMatch(/easy-one .*\| 过易/);
    expect(r.stdout).toContain('共标记 3 道题。');
  });

  it.each([20, 30])('fits %i columns in zh and en: the title and the notes wrap, a question turns into a record', (width) => {
    for (const lang of ['en', 'zh']) {
      const r = run([files[0]!, files[1]!, '--lang', lang, '--width', String(width)]);
      expect([r.code, r.stderr]).toEqual([0, '']);
      for (const line of r.stdout.split('\n')) expect(displayWidth(line), `${lang} ${width}: ${line}`).toBeLessThanOrEqual(width);
      expect(r.stdout.replace(/\n/g, '').replace(/\s/g, '')).toContain((lang === 'en' ? 'Item analysis: 2 attempts, 9 questions' : '题目分析：2 次作答，9 道题').replace(/\s/g, ''));
      expect(r.stdout).toMatch(lang === 'en' ? /^ {2}27%: /m : /^ {2}27%：/m);
    }
  });

  it('prints --json with the flags and the thresholds', () => {
    const r = run([...files, '--json']);
    const out = JSON.parse(r.stdout) as { format: string; attempts: number; thresholds: object; questions: { key: string; flags: string[]; facility: number }[] };
    expect([out.format, out.attempts]).toEqual(['lm-quiz-analysis/1', 200]);
    expect(out.thresholds).toEqual({ easy: 0.95, negative: 0, minAttempts: 20 });
    expect(out.questions.filter((q) => q.flags.length).map((q) => `${q.key}:${q.flags}`)).toEqual(['basics/easy-one:easy', 'basics/miskeyed:negative', 'basics/dead-distractor:unused-distractor']);
  });

  it('prints --csv a spreadsheet opens: BOM, header, one row per question, CRLF', () => {
    const r = run([...files, '--csv']);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('\uFEFFquestion,version,hash,type,attempts,facility,discrimination,upper_lower_27,picks,flags');
    expect(lines).toHaveLength(11); // header, 9 questions, and the empty string after the last CRLF
    expect(lines.find((l) => l.startsWith('basics/easy-one,'))).toMatch(/^basics\/easy-one,current,[0-9a-f]{12},single,200,1,,0,A\*200 B0 C0 D0,easy$/);
  });

  it('takes --easy and --min-attempts', () => {
    const strict = JSON.parse(run([...files, '--json', '--min-attempts', '201']).stdout) as { questions: { flags: string[] }[] };
    expect(strict.questions.flatMap((q) => q.flags)).toEqual([]);
  });

  it.each([
    [['nope.json'], 'lm-quiz: cannot read nope.json (ENOENT)'],
    [['bad.json'], 'lm-quiz: bad.json: not an lm-quiz result: not JSON'],
    [['other.json'], 'lm-quiz: other.json: not an lm-quiz result: format is "x", not lm-quiz-result/1'],
    [[], 'lm-quiz: give one or more result files'],
  ])('exits 2 with one line for %j', (args, message) => {
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    writeFileSync(join(dir, 'other.json'), '{"format":"x"}');
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message.replace(/^lm-quiz: /, ''));
  });
});
