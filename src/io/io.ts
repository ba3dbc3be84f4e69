/**
 * The one seam to the terminal: output streams, input, environment, working
 * directory and clock. Commands receive an Io; tests hand in a fake one
 * (see `memoryIo` in tests/helpers). Nothing below src/cli touches `process`.
 */
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

export function processIo(): Io {
  const stream = (s: NodeJS.WriteStream): OutStream => ({
    write: (text) => {
      s.write(text);
    },
    get isTTY() {
      return Boolean(s.isTTY);
    },
    get columns() {
      return s.isTTY ? s.columns : undefined;
    },
    get rows() {
      return s.isTTY ? s.rows : undefined;
    },
  });
  return {
    stdout: stream(process.stdout),
    stderr: stream(process.stderr),
    // process.stdin is made on first use, and making it costs: most commands never read it.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
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
