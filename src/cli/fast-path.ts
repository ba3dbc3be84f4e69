/**
 * `--version` alone is answered before commander and the rest of the program
 * load, so it costs no more than Node's own start-up. The output is
 * commander's (the version and a line feed, exit 0); any other argument list
 * goes through the full program.
 */
import { VERSION } from '../version.js';

export function answerVersion(argv: readonly string[], write: (text: string) => void): boolean {
  if (argv.length !== 1 || (argv[0] !== '--version' && argv[0] !== '-V')) return false;
  write(`${VERSION}\n`);
  return true;
}
