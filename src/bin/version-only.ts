/**
 * `--version` (or `-V`) alone is the one command that needs none of the
 * program: each binary's entry answers it before it imports commander and
 * the CLI (about 200 KB of code, half the time of the run). Any other
 * arguments, `--version` among them, go to the program, which prints the
 * same line.
 */
import { writeSync } from 'node:fs';
import { VERSION } from '../version.js';

/** True when the arguments were `--version` or `-V` alone, and the version is printed. */
export function printedVersionOnly(argv: readonly string[]): boolean {
  if (argv.length !== 1 || (argv[0] !== '--version' && argv[0] !== '-V')) return false;
  try {
    writeSync(1, `${VERSION}\n`);
  } catch {
    // A closed pipe (`lm-explain --version | true`) is a normal end.
  }
  return true;
}
