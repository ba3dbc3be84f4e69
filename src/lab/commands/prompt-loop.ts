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

export async function promptLoop(io: Io, question: string, answer: (prompt: string) => string): Promise<void> {
  const rl = createInterface({ input: io.stdin, output: { write: (s: string) => io.stdout.write(s) } as unknown as NodeJS.WritableStream, terminal: true });
  try {
    for (;;) {
      const line = await new Promise<string | undefined>((resolve) => {
        rl.once('close', () => resolve(undefined));
        rl.question(question, resolve);
      });
      if (line === undefined || line.trim() === '') return;
      io.stdout.write(answer(line));
    }
  } finally {
    rl.close();
  }
}
