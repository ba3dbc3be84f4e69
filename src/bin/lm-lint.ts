// The lm-lint binary (bin/lm-lint.js imports this module, built as dist/lm-lint.js).
// The program is imported only when it has something to do (see ./version-only.ts).
import { printedVersionOnly } from './version-only.js';

if (!printedVersionOnly(process.argv.slice(2))) {
  const { start, main } = await import('../cli/lint.js');
  void start('lm-lint', main);
}
