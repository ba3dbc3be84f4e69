#!/usr/bin/env node
// `--version` (or `-V`) alone needs none of the program: answered here, from
// package.json. Anything else: Node's own compile cache (Node 22.1+; Node 20
// starts without it), then the program, which prints the same version line
// for `--version` among other options.
import module from 'node:module';
import { readFileSync, writeSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  try {
    writeSync(1, `${version}\n`);
  } catch {
    // a closed pipe: nothing more to say
  }
} else {
  module.enableCompileCache?.();
  await import('../dist/lm-lint.js');
}
