// The lm-explain binary (bin/lm-explain.js imports this module, built as dist/lm-explain.js;
// it answers `--version` alone itself).
import { start } from '../cli/entry.js';
import { main } from '../cli/explain.js';

void start('lm-explain', main);
