/**
 * A fuzz target as a fast-check property for CI: a fixed seed (so a run is
 * repeatable; FUZZ_SEED picks another), every case judged by `runCase`, the
 * first failing input saved under fuzz-failures/ (shrunk by fast-check), and
 * the counts recorded for `npm run reliability`.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordFigure } from '../reliability/figures.js';
import { REPO, ScratchPack } from './corpus.js';
import { runCase, saveFailure, type Result } from './run-case.js';
import { targetByName } from './targets.js';

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261129);

/**
 * `npm test` (and so CI) runs the first third of each target's cases, which
 * keeps the suite well under ten minutes; `npm run reliability` sets
 * LM_FUZZ=full and runs them all. Same seed, same sequence: the quick run's
 * cases are the full run's first ones.
 */
export const FUZZ_FULL = process.env.LM_FUZZ === 'full';

export function fuzzTarget(name: string, fullRuns: number, timeoutMs: number): void {
  const numRuns = FUZZ_FULL ? fullRuns : Math.ceil(fullRuns / 3);
  let pack: ScratchPack;
  beforeAll(() => {
    pack = new ScratchPack();
  });
  afterAll(() => pack.remove());

  it(`${name}: ${numRuns} random cases, no crash, no case over 2 s of CPU, no raw sequence`, async () => {
    const failures: Result[] = [];
    const counts = { cases: 0, crashes: 0, hangs: 0, raw: 0, slowestMs: 0 };
    let saved: string | undefined;
    const details = await fc.check(
      fc.asyncProperty(targetByName(name).cases, async (c) => {
        const { input, result } = await runCase(c, pack);
        counts.cases++;
        counts.slowestMs = Math.max(counts.slowestMs, Math.round(result.ms));
        if (result.outcome === 'ok') return true;
        if (result.outcome === 'crash') counts.crashes++;
        if (result.outcome === 'hang') counts.hangs++;
        if (result.outcome === 'raw') counts.raw++;
        failures.push(result);
        saved = saveFailure(join(REPO, 'fuzz-failures'), c, input, result, { seed: FUZZ_SEED, index: counts.cases - 1 });
        return false;
      }),
      { numRuns, seed: FUZZ_SEED, endOnFailure: false },
    );
    recordFigure({ kind: 'fuzz', target: name, ...counts });
    const first = failures[0];
    expect(details.failed, first ? `${first.outcome}: ${first.detail}\nshrunk input saved in ${saved}\n${fc.defaultReportMessage(details)}` : '').toBe(false);
    expect(details.numRuns).toBe(numRuns);
  }, timeoutMs);
}
