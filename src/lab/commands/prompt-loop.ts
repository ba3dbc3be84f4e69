/**
 * The interactive form of the ngram and sample labs: a terminal asks for a
 * prompt in a loop and prints the answer to each; an empty line, Ctrl-D or
 * Ctrl-C ends it. Scripts and tests use --prompt instead.
 */
import { createInterface } from 'node:readline';
import type { Io } from '../../io/io.js';

/** Whether the loop should run: a terminal on both sides, no --prompt and no --json. */
export function interactive(io: Io, options: { prompt?: string | undefined; json?: boolean | undefined }): boolean {
  return options.prompt === undefined && !options.json && io.stdin.isTTY === true && io.stdout.isTTY;
}

/**
 * Lines are read in the terminal's own line mode (its editing keys work; Ctrl-C
 * interrupts as anywhere else), so nothing here puts the terminal in raw mode.
 */
export async function promptLoop(io: Io, question: string, answer: (prompt: string) => string): Promise<void> {
  const rl = createInterface({ input: io.stdin, terminal: false });
  try {
    io.stdout.write(question);
    for await (const line of rl) {
      if (line.trim() === '') return;
      io.stdout.write(answer(line));
      io.stdout.write(question);
    }
  } finally {
    rl.close();
  }
}
