// The lm-lint binary (bin/lm-lint.js imports this module, built as dist/lm-lint.js;
// it answers `--version` alone itself).
import { start } from '../cli/entry.js';
import { main } from '../cli/lint.js';

void start('lm-lint', main);
