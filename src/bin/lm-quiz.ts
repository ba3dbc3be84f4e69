// The lm-quiz binary (bin/lm-quiz.js imports this module, built as dist/lm-quiz.js).
// The program is imported only when it has something to do (see ./version-only.ts).
import { printedVersionOnly } from './version-only.js';

if (!printedVersionOnly(process.argv.slice(2))) {
  const { start, main } = await import('../cli/quiz.js');
  void start('lm-quiz', main);
}
