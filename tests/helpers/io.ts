import { PassThrough } from 'node:stream';
import type { Io, OutStream } from '../../src/io/io.js';

export interface MemoryIo extends Io {
  out(): string;
  err(): string;
}

/** A fake Io that records what commands write. */
export function memoryIo(opts: { env?: Record<string, string | undefined>; tty?: boolean; columns?: number; rows?: number; cwd?: string; stdin?: string } = {}): MemoryIo {
  let out = '';
  let err = '';
  const stream = (append: (s: string) => void): OutStream => ({
    write: append,
    isTTY: opts.tty ?? false,
    columns: opts.tty ? (opts.columns ?? 80) : undefined,
    rows: opts.tty ? (opts.rows ?? 24) : undefined,
  });
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdin.isTTY = opts.tty ?? false;
  if (opts.stdin !== undefined) stdin.end(opts.stdin);
  return {
    stdout: stream((s) => (out += s)),
    stderr: stream((s) => (err += s)),
    stdin,
    env: opts.env ?? {},
    cwd: opts.cwd ?? process.cwd(),
    now: () => new Date('2026-11-29T12:00:00Z'),
    out: () => out,
    err: () => err,
  };
}
