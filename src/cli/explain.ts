import type { Io } from '../io/io.js';
import { createProgram } from './program.js';

// Placeholder wiring: replaced by the explain command's implementation.
export async function main(argv: string[], io: Io): Promise<number> {
  const program = createProgram('lm-explain', 'lm-explain', io);
  await program.parseAsync(argv, { from: 'user' });
  return 0;
}
