/** What every binary does at start: real process Io, the error boundary, the exit code. */
import { processIo, type Io } from '../io/io.js';
import { run } from './run.js';

export async function start(name: string, main: (argv: string[], io: Io) => Promise<number>): Promise<void> {
  // A closed pipe (`lm-explain show stages | head`) is a normal end, not an error.
  const io = processIo({ onClosed: () => process.exit(process.exitCode ?? 0) });
  process.exitCode = await run(name, (runIo) => main(process.argv.slice(2), runIo), io);
}
