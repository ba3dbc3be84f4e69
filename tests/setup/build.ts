/**
 * vitest's global setup: build dist/ from the sources before any test runs,
 * so a test of the built binaries never runs a stale build (a test file run
 * alone included; esbuild takes a second or two), and say up front which
 * tests will be skipped for a program this machine lacks (tests/helpers/external.ts).
 * The tests' temporary files go to one directory of this run (TMPDIR, which
 * the test processes inherit), removed when the run ends: a run used to
 * leave about a thousand directories in /tmp.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installed } from '../helpers/external.js';

const EXTERNAL = ['bash', 'tmux', 'less', 'zsh', 'fish'];

export default function setup(): () => void {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'build.mjs')], { stdio: 'inherit' });
  const temp = mkdtempSync(join(tmpdir(), 'lm-tests-'));
  process.env.TMPDIR = temp;
  const teardown = () => {
    try {
      rmSync(temp, { recursive: true, force: true });
    } catch {
      // A test that made a file immutable or mounted something there and failed to undo it: leave the rest.
    }
  };
  const missing = EXTERNAL.filter((p) => !installed(p));
  if (missing.length === 0) return teardown;
  process.stderr.write(
    process.env.LM_REQUIRE_EXTERNAL
      ? `tests: ${missing.join(', ')} not installed, and LM_REQUIRE_EXTERNAL is set: the tests that need them will fail\n`
      : `tests: ${missing.join(', ')} not installed: the tests that need them are skipped (their names say so; .ci/run installs them)\n`,
  );
  return teardown;
}
