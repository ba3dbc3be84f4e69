/** Test packs made from a fixture with some files replaced, and the three binaries run in-process. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main as explainMain } from '../../src/cli/explain.js';
import { main as lintMain } from '../../src/cli/lint.js';
import { main as quizMain } from '../../src/cli/quiz.js';
import { run } from '../../src/cli/run.js';
import { memoryIo } from '../helpers/io.js';
import { ROOT } from '../helpers/run-bin.js';

/** A copy of tests/fixtures/<fixture> in a temporary directory, with `files` (pack-relative paths) written over it. */
export function packFrom(fixture: string, files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `lm-${fixture}-`));
  cpSync(join(ROOT, 'tests', 'fixtures', fixture), dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const MAINS = { 'lm-explain': explainMain, 'lm-quiz': quizMain, 'lm-lint': lintMain };

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a binary's main in-process through the real error boundary, with a private state directory. */
export async function runCli(name: keyof typeof MAINS, argv: string[], opts: { env?: Record<string, string>; state?: string; cwd?: string; stdin?: string } = {}): Promise<CliResult> {
  const state = opts.state ?? mkdtempSync(join(tmpdir(), 'lm-state-'));
  const io = memoryIo({ env: { LM_STATE_DIR: state, ...opts.env }, stdin: opts.stdin ?? '', ...(opts.cwd ? { cwd: opts.cwd } : {}) });
  const code = await run(name, (i) => MAINS[name](argv, i), io);
  return { code, stdout: io.out(), stderr: io.err() };
}
