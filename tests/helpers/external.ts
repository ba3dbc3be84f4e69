/**
 * Tests that need a program a fresh machine may lack (zsh, fish, tmux, less).
 * Where it is missing, such a test is skipped, and the skip says why in its
 * name ("needs zsh, which is not installed"), so `npm test` on a fresh clone
 * passes and shows what it did not run. With LM_REQUIRE_EXTERNAL set (.ci/run
 * sets it, after installing them) a missing program is a failure instead: CI
 * can never skip silently.
 */
import { spawnSync } from 'node:child_process';
import { describe, test } from 'vitest';

const known = new Map<string, boolean>();

export function installed(program: string): boolean {
  if (!known.has(program)) known.set(program, spawnSync('sh', ['-c', `command -v '${program}'`]).status === 0);
  return known.get(program)!;
}

/** Why tests needing `programs` cannot run here, or undefined when they can (or must: LM_REQUIRE_EXTERNAL). */
export function missingReason(programs: readonly string[], env: Record<string, string | undefined> = process.env): string | undefined {
  const missing = programs.filter((p) => !installed(p));
  if (missing.length === 0 || env.LM_REQUIRE_EXTERNAL) return undefined;
  return `needs ${missing.join(' and ')}, which ${missing.length > 1 ? 'are' : 'is'} not installed (apt-get install ${missing.join(' ')}; .ci/run does)`;
}

/** `describe`, or a skipped `describe` whose name says which program is missing. */
export function describeNeeding(programs: readonly string[]): typeof describe {
  const reason = missingReason(programs);
  if (reason === undefined) return describe;
  return ((name: string, fn: () => void) => describe.skip(`${name} [skipped: ${reason}]`, fn)) as typeof describe;
}

/** `test`, or a skipped `test` whose name says which program is missing. */
export function testNeeding(programs: readonly string[]): typeof test {
  const reason = missingReason(programs);
  if (reason === undefined) return test;
  return ((name: string, fn: () => void, timeout?: number) => test.skip(`${name} [skipped: ${reason}]`, fn, timeout)) as typeof test;
}
