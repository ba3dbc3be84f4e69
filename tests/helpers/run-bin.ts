import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface BinResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

let cacheHome: string | undefined;

/** One cache home per test process (shared by its runs, as a user's would be). */
function testCacheHome(): string {
  return (cacheHome ??= mkdtempSync(join(tmpdir(), 'lm-cache-home-')));
}

/** A fresh, empty state directory for one test. */
export function tempStateDir(): string {
  return mkdtempSync(join(tmpdir(), 'lm-state-'));
}

/**
 * Runs a built binary (bin/<name>.js, which imports dist/) as a user would, with a
 * sanitised environment: no colour, fixed width, English locale, a private state dir.
 */
export function runBin(
  name: 'lm-explain' | 'lm-quiz' | 'lm-lint',
  args: string[],
  opts: { env?: Record<string, string | undefined>; input?: string; cwd?: string; stateDir?: string } = {},
): BinResult {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    // The binaries' caches go to a directory of this test process, never the user's ~/.cache.
    XDG_CACHE_HOME: testCacheHome(),
    LANG: 'en_US.UTF-8',
    NO_COLOR: '1',
    COLUMNS: '80',
    TERM: 'dumb',
    LM_STATE_DIR: opts.stateDir ?? tempStateDir(),
  };
  for (const [key, value] of Object.entries(opts.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', `${name}.js`), ...args], {
    env,
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
