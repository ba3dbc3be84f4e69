/** `npm run bench:compare`: the same rows on several built checkouts, interleaved; here this checkout twice. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-bin.js';

const SCRIPT = join(ROOT, 'scripts', 'bench-compare.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('bench:compare', () => {
  it('times each row on every build in the same rounds, with a ratio to node and the change from the build before', () => {
    const out = run('--runs', '2', '--warmup', '0', '--only', 'version,lint-cold', '--json', '.', '.');
    expect(out.status, out.stderr).toBe(0);
    const report = JSON.parse(out.stdout) as { builds: { label: string }[]; rows: { id: string; base: { runs: number }; results: { status: string; runs: number; median: number; ratio: number }[] }[] };
    expect(report.builds).toHaveLength(2);
    expect(report.rows.map((r) => r.id)).toEqual(['version', 'lint-cold']);
    for (const row of report.rows) {
      expect(row.base.runs).toBe(2);
      expect(row.results.map((r) => [r.status, r.runs])).toEqual([['ok', 2], ['ok', 2]]);
      for (const r of row.results) expect(r.ratio).toBeGreaterThan(0);
    }
    const table = run('--runs', '1', '--warmup', '0', '--only', 'version', '.', '.');
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/\| lm-explain --version +\| +[\d.]+ ms \|/);
    expect(table.stdout).toMatch(/× node \| +Δ \|/);
    expect(table.stdout).toMatch(/load average [\d.]+ [\d.]+ [\d.]+ at start/);
  });

  it('exit 2 on a bad option or no checkout, exit 1 when a checkout has no dist/', () => {
    expect(run('--runs', 'x', '.').status).toBe(2);
    expect(run().status).toBe(2);
    expect(run('--only', 'no-such-row', '.').status).toBe(2);
    const empty = mkdtempSync(join(tmpdir(), 'lm-bench-compare-test-'));
    try {
      const missing = run(empty);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain('dist/lm-explain.js is missing');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
