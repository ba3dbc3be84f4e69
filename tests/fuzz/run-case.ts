/**
 * Running one fuzz case and judging it: a crash (an exception escaped, or a
 * command ended in an internal error), a hang (over HANG_MS), raw terminal
 * sequences in the output, or fine. A failing case is saved as a directory
 * that replays it exactly: the mutated file, the case and the seed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ScratchPack } from './corpus.js';
import { materialize, targetByName, type FuzzCase, type Input } from './targets.js';

/**
 * No single input may cost more than this much CPU time (user + system, of
 * this process): CPU time, not wall time, so a busy machine does not turn a
 * slow case into a false hang, while runaway work (a quadratic or endless
 * loop) still shows.
 */
export const HANG_MS = 2000;

export type Outcome = 'ok' | 'crash' | 'hang' | 'raw';

export interface Result {
  outcome: Outcome;
  ms: number;
  code?: number | undefined;
  detail?: string | undefined;
}

export async function runInput(input: Input, pack: ScratchPack): Promise<Result> {
  const target = targetByName(input.target);
  // A library writing to the process's stderr (process.emitWarning) bypasses the Io and its sanitising.
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.message);
  process.on('warning', onWarning);
  const started = process.cpuUsage();
  try {
    const seen = await target.run(input, pack);
    const used = process.cpuUsage(started);
    const ms = (used.user + used.system) / 1000;
    await new Promise((resolve) => setImmediate(resolve));
    if (seen.internal) return { outcome: 'crash', ms, detail: seen.internal };
    if (warnings.length > 0) return { outcome: 'crash', ms, detail: `a library wrote to stderr: ${warnings[0]}` };
    if (ms > HANG_MS) return { outcome: 'hang', ms, detail: `took ${Math.round(ms)} ms` };
    if (seen.raw.length > 0) return { outcome: 'raw', ms, detail: `raw sequences in output: ${seen.raw.join(', ')}` };
    return { outcome: 'ok', ms, code: seen.code };
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
    return { outcome: 'crash', ms: ((u) => (u.user + u.system) / 1000)(process.cpuUsage(started)), detail };
  } finally {
    process.off('warning', onWarning);
  }
}

export async function runCase(c: FuzzCase, pack: ScratchPack): Promise<{ input: Input; result: Result }> {
  const input = materialize(c, targetByName(c.target));
  return { input, result: await runInput(input, pack) };
}

/** Where a failing case is kept: `<dir>/<hash>/` with case.json and the mutated file under input/. */
export function saveFailure(dir: string, c: FuzzCase, input: Input, result: Result, origin: { seed: number; index: number }): string {
  const hash = createHash('sha256')
    .update(JSON.stringify(c))
    .update(input.bytes ?? input.text ?? '')
    .digest('hex')
    .slice(0, 12);
  const out = join(dir, hash);
  mkdirSync(join(out, 'input'), { recursive: true });
  if (input.file && input.bytes) writeFileSync(join(out, 'input', input.file.replace(/\//g, '__')), input.bytes);
  if (input.file && input.text !== undefined) writeFileSync(join(out, 'input', input.file.replace(/\//g, '__')), input.text, 'utf8');
  const record = { ...c, text: input.text, outcome: result.outcome, ms: Math.round(result.ms), detail: result.detail, seed: origin.seed, index: origin.index };
  writeFileSync(join(out, 'case.json'), `${JSON.stringify(record, null, 2)}\n`);
  writeFileSync(
    join(out, 'README.txt'),
    `${result.outcome} in fuzz target '${c.target}'${c.file ? ` on a mutant of ${c.file}` : ''}\n${result.detail ?? ''}\n\n` +
      `Replay:  npm run fuzz -- --replay ${out}\nRegenerate:  npm run fuzz -- --seed ${origin.seed} --from ${origin.index} --cases 1\n`,
  );
  return out;
}

/** The input of a saved failure, exactly as it was run. */
export function loadFailure(dir: string): Input {
  const record = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as FuzzCase & { text?: string };
  const saved = record.file ? join(dir, 'input', record.file.replace(/\//g, '__')) : undefined;
  const input: Input = { target: record.target, file: record.file, params: record.params };
  if (record.text !== undefined) input.text = record.text;
  else if (saved && existsSync(saved)) input.bytes = readFileSync(saved);
  return input;
}
