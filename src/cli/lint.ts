import type { Io } from '../io/io.js';
import { createProgram } from './program.js';

// Placeholder wiring: replaced by the lint command's implementation.
export async function main(argv: string[], io: Io): Promise<number> {
  const program = createProgram('lm-lint', 'lm-lint', io);
  await program.parseAsync(argv, { from: 'user' });
  return 0;
}
