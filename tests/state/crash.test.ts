/**
 * The history survives kill -9 at any moment and concurrent writers: every
 * answer a writer reported saved is read back, and the log always reads
 * without damage. Writers are real processes (the store bundled with esbuild).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuizLog } from '../../src/state/quiz-log.js';

let harness = '';

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'lm-harness-'));
  harness = join(out, 'append-events.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'harness', 'append-events.ts')],
    outfile: harness,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
});

afterAll(() => rmSync(join(harness, '..'), { recursive: true, force: true }));

/** Starts a writer, kills it with SIGKILL `ms` after its first report, and returns the ids it reported saved. */
function writeThenKill(dir: string, attempt: string, ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [harness, dir, attempt, '100000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    let timer: NodeJS.Timeout | undefined;
    child.stdout.once('data', () => (timer = setTimeout(() => child.kill('SIGKILL'), ms)));
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer ended by itself: ${signal}`));
      // Only complete lines count as reports.
      resolve(out.split('\n').slice(0, -1).map((l) => l.replace(/^saved /, '')));
    });
  });
}

describe('crash safety', () => {
  it('no answer reported saved is lost across 40 kill -9 at random moments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-crash-'));
    const reported: string[] = [];
    let maxPerRun = 0;
    for (let run = 0; run < 40; run++) {
      const ids = await writeThenKill(dir, `run${run}`, Math.floor(Math.random() * 50));
      reported.push(...ids);
      maxPerRun = Math.max(maxPerRun, ids.length);
      const log = QuizLog.open(dir, new Date());
      expect(log.notices.filter((n) => n.kind !== 'torn')).toEqual([]);
      const have = new Set(log.events.map((e) => e.id));
      expect(reported.filter((id) => !have.has(id))).toEqual([]);
    }
    expect(maxPerRun).toBeGreaterThan(0); // the kills did land while answers were being saved
    expect(reported.length).toBeGreaterThan(40);
    expect(readdirSync(dir).filter((f) => f.includes('corrupt'))).toEqual([]);
  }, 120_000);

  it('three writers at once lose nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-concurrent-'));
    const runs = ['w1', 'w2', 'w3'].map(
      (attempt) =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, [harness, dir, attempt, '300'], { stdio: 'ignore' });
          child.on('close', resolve);
        }),
    );
    expect(await Promise.all(runs)).toEqual([0, 0, 0]);
    const log = QuizLog.open(dir, new Date());
    expect(log.notices).toEqual([]);
    expect(log.events).toHaveLength(900);
  }, 60_000);

  it('a writer loses nothing while another process rewrites the log (repair, reset)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-rewrite-'));
    const child = spawn(process.execPath, [harness, dir, 'busy', '1500'], { stdio: 'ignore' });
    const done = new Promise<number | null>((resolve) => child.on('close', resolve));
    let rewrites = 0;
    let finished = false;
    void done.then(() => (finished = true));
    while (!finished) {
      await new Promise((r) => setTimeout(r, 5));
      const log = QuizLog.open(dir, new Date());
      if ('removed' in log.rewrite(() => true, 'test', new Date())) rewrites++;
    }
    expect(await done).toBe(0);
    expect(rewrites).toBeGreaterThan(5);
    const ids = new Set(QuizLog.open(dir, new Date()).events.map((e) => e.id));
    expect(ids.size).toBe(1500);
  }, 60_000);
});

it('the harness itself saves and reports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lm-harness-run-'));
  const r = spawnSync(process.execPath, [harness, dir, 'h', '3'], { encoding: 'utf8' });
  expect(r.stdout).toBe('saved h:a0\nsaved h:a1\nsaved h:a2\n');
});
