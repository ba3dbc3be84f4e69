/** The built binaries run as a user would, several at a time (e2e tests that spawn many runs). */
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, tempStateDir, type BinResult } from '../helpers/run-bin.js';

export interface Run {
  name: 'lm-explain' | 'lm-quiz' | 'lm-lint';
  args: string[];
  env?: Record<string, string | undefined>;
  input?: string;
  stateDir?: string;
}

/** Like `runBin` (same clean environment: NO_COLOR=1, COLUMNS=80, English, a private state dir), without blocking. */
export function runBinAsync(run: Run): Promise<BinResult> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    LANG: 'en_US.UTF-8',
    NO_COLOR: '1',
    COLUMNS: '80',
    TERM: 'dumb',
    LM_STATE_DIR: run.stateDir ?? tempStateDir(),
  };
  for (const [key, value] of Object.entries(run.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', `${run.name}.js`), ...run.args], { env, cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(run.input ?? '');
  });
}

/** Runs every run, `parallel` at a time, and returns the results in order. */
export async function runAll(runs: readonly Run[], parallel = 3): Promise<BinResult[]> {
  const results: BinResult[] = new Array(runs.length);
  let next = 0;
  const worker = async () => {
    while (next < runs.length) {
      const i = next++;
      results[i] = await runBinAsync(runs[i]!);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}
