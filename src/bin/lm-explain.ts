// The lm-explain binary (bin/lm-explain.js imports this module, built as dist/lm-explain.js).
// The program is imported only when it has something to do (see ./version-only.ts).
import { printedVersionOnly } from './version-only.js';

if (!printedVersionOnly(process.argv.slice(2))) {
  const { start, main } = await import('../cli/explain.js');
  void start('lm-explain', main);
}
