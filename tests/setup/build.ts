/**
 * vitest's global setup: build dist/ from the sources before any test runs,
 * so a test of the built binaries never runs a stale build (a test file run
 * alone included). esbuild takes a second or two.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'build.mjs')], { stdio: 'inherit' });
}
