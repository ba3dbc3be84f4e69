/**
 * The one seam to the terminal: output streams, input, environment, working
 * directory and clock. Commands receive an Io; tests hand in a fake one
 * (see `memoryIo` in tests/helpers). Nothing below src/cli touches `process`.
 */
import { fstatSync, writeSync } from 'node:fs';

export interface OutStream {
  write(text: string): void;
  isTTY: boolean;
  /** Terminal size, when a terminal. */
  columns?: number | undefined;
  rows?: number | undefined;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  now(): Date;
}

export interface ProcessIoOptions {
  /** Called when a reader of our output has gone (EPIPE): `lm-explain show stages | head` is a normal end. */
  onClosed(): void;
}

/** The process's Io, which can also tell whether all it was given to write has been written. */
export interface ProcessIo extends Io {
  stdout: FdStream;
  stderr: FdStream;
}

interface FdStream extends OutStream {
  /** Nothing waits to be written: everything went out synchronously, or Node's stream has nothing pending. */
  readonly flushed: boolean;
}

export function processIo(options: ProcessIoOptions): ProcessIo {
  return {
    stdout: fdStream(1, () => process.stdout, options),
    stderr: fdStream(2, () => process.stderr, options),
    // process.stdin is made on first use, and making it costs: most commands never read it.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}

/**
 * Output to file descriptor `fd`. A terminal gets Node's stream (process.stdout
 * or process.stderr), which knows its size and writes to it asynchronously.
 * A pipe or a file is written with `writeSync`, which is what Node's stream
 * does for them on Linux anyway (synchronous writes), without building the
 * stream: that costs a few milliseconds of a run that prints one page. A
 * non-blocking pipe that is full (EAGAIN) hands this and every later write
 * to Node's stream, which waits for it, so output stays in order.
 */
function fdStream(fd: 1 | 2, nodeStream: () => NodeJS.WriteStream, options: ProcessIoOptions): FdStream {
  let tty: boolean | undefined;
  let stream: NodeJS.WriteStream | undefined;
  const isTTY = () => (tty ??= isTerminal(fd));
  const useStream = () => {
    if (stream) return stream;
    stream = nodeStream();
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') options.onClosed();
      else throw error;
    });
    return stream;
  };
  return {
    write(text) {
      if (stream || isTTY()) {
        useStream().write(text);
        return;
      }
      // The text is handed over as it is (Node encodes it on the way out, with no Buffer to allocate);
      // only a write cut short (a non-blocking pipe) goes on from the bytes.
      let bytes: Buffer | undefined;
      let offset = 0;
      try {
        offset = writeSync(fd, text);
        if (offset < Buffer.byteLength(text)) {
          bytes = Buffer.from(text, 'utf8');
          while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') options.onClosed();
        else if (code === 'EAGAIN') useStream().write((bytes ?? Buffer.from(text, 'utf8')).subarray(offset));
        else throw error;
      }
    },
    get isTTY() {
      return isTTY();
    },
    get columns() {
      return isTTY() ? useStream().columns : undefined;
    },
    get rows() {
      return isTTY() ? useStream().rows : undefined;
    },
    get flushed() {
      return stream === undefined || stream.writableLength === 0;
    },
  };
}

/**
 * Whether `fd` is a terminal. Pipes, files and sockets are told apart by
 * fstat, without loading node:tty (which loads node:net); only a character
 * device (a terminal, or /dev/null) asks isatty.
 */
export function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false; // closed
  }
  // node:tty on demand: loading it loads node:net.
  return process.getBuiltinModule('node:tty').isatty(fd);
}

export type ColorMode = 'auto' | 'always' | 'never';

/**
 * The chalk colour level (0 to 3) for a stream: `--color` wins, then
 * NO_COLOR (any non-empty value), then FORCE_COLOR, then whether it is a terminal.
 */
export function colorLevel(mode: ColorMode, stream: OutStream, env: Io['env']): 0 | 1 | 2 | 3 {
  if (mode === 'never') return 0;
  if (mode === 'always') return env.COLORTERM === 'truecolor' ? 3 : 2;
  if (env.NO_COLOR) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return n === 1 || n === 2 || n === 3 ? n : 1;
  }
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  return env.COLORTERM === 'truecolor' ? 3 : 2;
}

/** Rendering width: `--width`, else the terminal's columns capped at 100, else 80. */
export function outputWidth(flag: number | undefined, stream: OutStream): number {
  if (flag !== undefined) return flag;
  const columns = stream.isTTY ? stream.columns : undefined;
  return columns && columns > 0 ? Math.min(columns, 100) : 80;
}
