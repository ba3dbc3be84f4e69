// The lm-quiz binary (bin/lm-quiz.js imports this module, built as dist/lm-quiz.js;
// it answers `--version` alone itself).
import { start } from '../cli/entry.js';
import { main } from '../cli/quiz.js';

void start('lm-quiz', main);
