/**
 * The long fuzz run behind `npm run fuzz` (bundled and watched by
 * scripts/fuzz.mjs). Case i of seed S is always the same input: the target
 * is i modulo the number of targets, and the case is drawn by fast-check
 * from a seed made of S and i. Prints `start <i>` before each case (so the
 * watchdog knows which one hangs), `fail <i> <outcome> <dir>` for each
 * failure, and a JSON summary at the end.
 *
 *   soak --seed S --from I --cases N [--targets a,b] [--out DIR]
 *   soak --replay DIR        runs one saved failure again
 *   soak --save I --seed S   saves case I without running it (for a hang)
 */
import fc from 'fast-check';
import { ScratchPack } from './corpus.js';
import { loadFailure, runCase, runInput, saveFailure, type Outcome } from './run-case.js';
import { materialize, TARGETS, targetByName, type FuzzCase } from './targets.js';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
}

export function caseAt(seed: number, index: number, targets: readonly string[]): FuzzCase {
  const target = targetByName(targets[index % targets.length]!);
  return fc.sample(target.cases, { seed: (Math.imul(seed, 1_000_003) + index) | 0, numRuns: 1 })[0]!;
}

async function main(args: string[]): Promise<void> {
  const pack = new ScratchPack();
  try {
    const replay = option(args, '--replay');
    if (replay) {
      const result = await runInput(loadFailure(replay), pack);
      console.log(`${result.outcome} in ${Math.round(result.ms)} ms${result.detail ? `\n${result.detail}` : ''}`);
      process.exitCode = result.outcome === 'ok' ? 0 : 1;
      return;
    }
    const seed = Number(option(args, '--seed') ?? 1);
    const out = option(args, '--out') ?? 'fuzz-failures';
    const targets = (option(args, '--targets') ?? TARGETS.map((t) => t.name).join(',')).split(',');
    const save = option(args, '--save');
    if (save !== undefined) {
      const index = Number(save);
      const c = caseAt(seed, index, targets);
      const dir = saveFailure(out, c, materialize(c, targetByName(c.target)), { outcome: 'hang', ms: 0, detail: 'killed by the watchdog' }, { seed, index });
      console.log(`saved ${dir}`);
      return;
    }
    const from = Number(option(args, '--from') ?? 0);
    const cases = Number(option(args, '--cases') ?? 1000);
    const counts: Record<Outcome, number> = { ok: 0, crash: 0, hang: 0, raw: 0 };
    let slowest = 0;
    const exits: Record<string, number> = {};
    for (let index = from; index < from + cases; index++) {
      console.log(`start ${index}`);
      const c = caseAt(seed, index, targets);
      const { input, result } = await runCase(c, pack);
      counts[result.outcome]++;
      slowest = Math.max(slowest, result.ms);
      if (result.code !== undefined) exits[`${c.target} exit ${result.code}`] = (exits[`${c.target} exit ${result.code}`] ?? 0) + 1;
      if (result.outcome !== 'ok') console.log(`fail ${index} ${result.outcome} ${saveFailure(out, c, input, result, { seed, index })}`);
    }
    console.log(`summary ${JSON.stringify({ seed, from, cases, ...counts, slowestMs: Math.round(slowest), exits })}`);
  } finally {
    pack.remove();
  }
}

await main(process.argv.slice(2));
