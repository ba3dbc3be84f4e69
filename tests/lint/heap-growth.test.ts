/**
 * lm-lint keeps its heap near what is live (src/lint/heap.ts). Read from V8's
 * own GC trace of the real binary on a generated pack: each full collection
 * starts when the heap has grown to some multiple of what the one before left
 * live. V8's default lets that multiple reach about 4 (5.0 on this pack under
 * Node 20, and Node 24 needs only one full collection for the whole run); with
 * the bound it stays near 2.5 (1.5 for the old generation, plus the young one).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePack, writePack } from '../../scripts/gen-pack.mjs';
import { ROOT } from '../helpers/run-bin.js';

const dir = mkdtempSync(join(tmpdir(), 'lm-lint-heap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** [MB before, MB live after] of each full collection in a `--trace-gc` output. */
function fullCollections(trace: string): [number, number][] {
  return [...trace.matchAll(/Mark-Compact ([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('lm-lint heap growth', () => {
  it('starts each full collection before the heap reaches 3.5 times what the previous one left live', () => {
    const root = writePack(join(dir, 'pack'), generatePack({ chapters: 250, seed: 'heap' }).files);
    const run = spawnSync(process.execPath, ['--trace-gc', join(ROOT, 'bin', 'lm-lint.js'), '--no-cache', '--format', 'json', root], {
      env: { PATH: process.env.PATH ?? '', HOME: dir, XDG_CACHE_HOME: join(dir, 'cache'), LANG: 'en_US.UTF-8', NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 256 * 2 ** 20,
      timeout: 120_000,
    });
    expect(run.status, run.stderr).not.toBe(2);
    const collections = fullCollections(run.stdout);
    // The first full collection comes at V8's initial limit; the bound shows from the second on.
    expect(collections.length).toBeGreaterThanOrEqual(2);
    const growth = collections.slice(1).map(([before], i) => before / collections[i]![1]);
    expect(Math.max(...growth)).toBeLessThan(3.5);
  }, 180_000);
});
