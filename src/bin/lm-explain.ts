import { start } from '../cli/entry.js';
import { main } from '../cli/explain.js';

await start('lm-explain', main);
