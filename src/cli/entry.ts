/** What every binary does at start: real process Io, the error boundary, the exit code. */
import { processIo, type Io } from '../io/io.js';
import { run } from './run.js';

export async function start(name: string, main: (argv: string[], io: Io) => Promise<number>): Promise<void> {
  // A closed pipe (`lm-explain show stages | head`) is a normal end, not an error.
  const io = processIo({ onClosed: () => process.exit(process.exitCode ?? 0) });
  process.exitCode = await run(name, (runIo) => main(process.argv.slice(2), runIo), io);
  // Done, and all output written: exit now rather than let Node wind down its event loop and free its
  // heap piece by piece (about 2 ms of a short run). Every command awaits its own work (files are
  // written synchronously, a pager is waited for), so nothing is left to run; 'exit' listeners still
  // run. Output still queued in Node's stream (a full pipe) is left to drain the usual way.
  if (io.stdout.flushed && io.stderr.flushed) process.exit();
}
