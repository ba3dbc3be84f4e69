import type { Io } from '../io/io.js';
import { createProgram } from './program.js';

// Placeholder wiring: replaced by the quiz command's implementation.
export async function main(argv: string[], io: Io): Promise<number> {
  const program = createProgram('lm-quiz', 'lm-quiz', io);
  await program.parseAsync(argv, { from: 'user' });
  return 0;
}
