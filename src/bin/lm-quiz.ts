import { start } from '../cli/entry.js';
import { main } from '../cli/quiz.js';

await start('lm-quiz', main);
