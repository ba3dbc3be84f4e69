/**
 * `npm run fuzz` itself, as a user runs it from a clean checkout: it bundles
 * the soak, runs cases of every target, prints its counts, and replays a
 * saved case by its directory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-bin.js';
import { saveFailure } from './run-case.js';

const fuzz = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts', 'fuzz.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

describe('npm run fuzz', () => {
  it('runs N cases over every target from a seed and prints cases, crashes, hangs and raw sequences', () => {
    const r = fuzz('--cases', '21', '--seed', '5', '--json');
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(summary).toMatchObject({ seed: 5, tried: 21, crash: 0, hang: 0, raw: 0, failures: [] });
    const text = fuzz('--cases', '7', '--seed', '5');
    expect(text.stdout).toMatch(/^fuzz: seed 5, 7 cases in [\d.]+ s \(slowest \d+ ms\)\n {2}crashes 0, hangs 0, raw sequences 0\n$/);
  }, 120_000);

  it('replays a saved case from its directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-fuzz-saved-'));
    const c = { target: 'numeric', params: { text: '1750亿', suffixes: [], value: 0.1 } };
    const saved = saveFailure(dir, c, { ...c }, { outcome: 'crash', ms: 1, detail: 'example' }, { seed: 1, index: 0 });
    expect(readFileSync(join(saved, 'README.txt'), 'utf8')).toContain(`npm run fuzz -- --replay ${saved}`);
    const r = fuzz('--replay', saved);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ok in \d+ ms\n$/);
  }, 60_000);
});
