import { start } from '../cli/entry.js';
import { main } from '../cli/lint.js';

await start('lm-lint', main);
