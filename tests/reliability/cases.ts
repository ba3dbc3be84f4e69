/**
 * Running the built binaries against one hostile condition and counting what
 * went wrong, for a row of `npm run reliability`: a crash is exit 70 or a
 * stack trace, a hang is a run killed by the timeout.
 */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, type BinResult } from '../helpers/run-bin.js';
import { recordFigure } from './figures.js';

export interface CaseResult extends BinResult {
  hung: boolean;
  crashed: boolean;
}

export function runCase(
  name: 'lm-explain' | 'lm-quiz' | 'lm-lint',
  args: string[],
  opts: { state: string; timeoutMs?: number; input?: string; env?: Record<string, string> },
): CaseResult {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    LANG: 'en_US.UTF-8',
    NO_COLOR: '1',
    COLUMNS: '80',
    TERM: 'dumb',
    LM_STATE_DIR: opts.state,
    LM_NO_CACHE: '1',
    ...opts.env,
  };
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', `${name}.js`), ...args], {
    env,
    cwd: ROOT,
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 20_000,
    killSignal: 'SIGKILL',
    maxBuffer: 256 << 20,
  });
  const hung = r.signal === 'SIGKILL';
  const crashed = r.status === 70 || /internal error|\n\s+at .+:\d+:\d+/.test(r.stderr ?? '');
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', hung, crashed };
}

/** Tallies runs for one table row; `wrong` and `lost` are counted by the test. */
export class Tally {
  tried = 0;
  crashes = 0;
  hangs = 0;
  lost = 0;
  wrong = 0;
  constructor(readonly row: string) {}

  add(r: CaseResult): CaseResult {
    this.tried++;
    if (r.crashed) this.crashes++;
    if (r.hung) this.hangs++;
    return r;
  }

  record(): void {
    recordFigure({ kind: 'cases', row: this.row, tried: this.tried, crashes: this.crashes, hangs: this.hangs, lost: this.lost, wrong: this.wrong });
  }
}
