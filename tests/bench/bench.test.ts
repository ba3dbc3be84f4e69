/** `npm run bench` itself, on the built binaries: the quiz rows and their paired ratio. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-bin.js';

describe('npm run bench', () => {
  it('times the quiz with and without a 1,000-line history, and their ratio from runs paired with each other', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench.mjs'), '--no-scale', '--only', 'quiz', '--runs', '2', '--warmup', '0', '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('paired runs');
    const rows = (JSON.parse(run.stdout) as { rows: { id: string; status?: string; runs?: number; value?: number; paired?: boolean }[] }).rows;
    expect(rows.map((r) => r.id)).toEqual(['quiz', 'quiz-history', 'floor-quiz', 'quiz-history-vs-quiz']);
    expect(rows.slice(0, 2).map((r) => [r.status, r.runs])).toEqual([['ok', 2], ['ok', 2]]);
    const paired = rows[3]!;
    expect(paired.paired).toBe(true);
    expect(paired.value).toBeGreaterThan(0.3);
    expect(paired.value).toBeLessThan(3);
  });
});
