#!/usr/bin/env node
// `--version` (or `-V`) alone needs none of the program: answered here, from
// package.json. Anything else: Node's own compile cache (Node 22.1+; Node 20
// starts without it), then the program, which prints the same version line
// for `--version` among other options. (No static import: making the ES
// module face of a built-in costs milliseconds this shim does not need.)
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const fs = process.getBuiltinModule('node:fs');
  const { version } = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  try {
    fs.writeSync(1, `${version}\n`);
  } catch {
    // a closed pipe: nothing more to say
  }
} else {
  process.getBuiltinModule('node:module').enableCompileCache?.();
  await import('../dist/lm-explain.js');
}
