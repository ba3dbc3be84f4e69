/**
 * Reading the log from disk a chunk at a time: the file is never held whole
 * (as bytes or as one string), so a 100 MB history costs its events, not
 * twice its size. Lines are cut at line feeds in the bytes (a line feed is
 * never part of a multi-byte UTF-8 character), then decoded one by one.
 *
 * A prefix already read (`known`: its length and SHA-256, from a snapshot)
 * is hashed, not parsed: if the file still starts with exactly those bytes,
 * only the lines after it are read; if not, nothing is (`known: false`).
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, constants, readSync } from 'node:fs';
import { LogReader, type LogText } from './log-text.js';
import type { QuizEvent } from './quiz-events.js';
import { openRegular } from './regular-file.js';

const CHUNK = 1 << 20;

export interface ReadOptions {
  /** Keep each line's text, for a rewrite. */
  keepLines?: boolean;
  /** False: lines are checked (damage, newer versions) but no event is kept. */
  keepEvents?: boolean;
  /** Called with every readable event (duplicates too) and the byte offset of its line. */
  onEvent?: (event: QuizEvent, offset: number) => void;
  /** Start reading here (a line's first byte); nothing before it is checked. */
  from?: number;
  /** A prefix read before: checked by its hash and skipped. */
  known?: { bytes: number; sha256: string };
  /** Hash what is read (from the start), for a snapshot of it. */
  hash?: boolean;
}

export interface StreamedLog extends LogText {
  /** Bytes read, from the start of the file (or `from`). */
  bytes: number;
  /** The SHA-256 of those bytes, when `hash` or `known` was given. */
  sha256: string | undefined;
  /** The file ends with a line feed (or is empty). */
  complete: boolean;
  /** Whether the known prefix was found; undefined when none was given. */
  known: boolean | undefined;
}

export function readLogFile(file: string, opts: ReadOptions = {}): StreamedLog {
  const fd = openRegular(file, constants.O_RDONLY);
  const reader = new LogReader(opts.keepLines ?? false, opts.keepEvents ?? true, opts.onEvent);
  const hash = opts.hash || opts.known ? createHash('sha256') : undefined;
  let position = opts.from ?? 0;
  let last = -1;
  try {
    if (opts.known) {
      position = skipKnown(fd, opts.known, hash!);
      if (position < 0) return { ...reader.result(), bytes: 0, sha256: undefined, complete: false, known: false };
    }
    // One buffer, reused: the part of a line left at the end of a chunk is moved to its start (a buffer
    // allocated per chunk made the process keep about 40 MB more for a 100 MB log).
    let buffer: Buffer = Buffer.allocUnsafe(2 * CHUNK);
    let carry = 0;
    for (;;) {
      if (buffer.length - carry < CHUNK) buffer = grown(buffer, carry);
      const n = readSync(fd, buffer, carry, CHUNK, position);
      if (n === 0) break;
      hash?.update(buffer.subarray(carry, carry + n));
      last = buffer[carry + n - 1]!;
      const base = position - carry;
      position += n;
      const data = buffer.subarray(0, carry + n);
      let start = 0;
      for (let end = data.indexOf(0x0a, start); end !== -1; end = data.indexOf(0x0a, start)) {
        reader.add(data.toString('utf8', start, end), false, base + start);
        start = end + 1;
      }
      carry = data.length - start;
      buffer.copy(buffer, 0, start, data.length);
    }
    reader.add(buffer.toString('utf8', 0, carry), true, position - carry);
  } finally {
    closeSync(fd);
  }
  const complete = last === -1 || last === 0x0a;
  return { ...reader.result(), bytes: position, sha256: hash?.digest('hex'), complete, known: opts.known ? true : undefined };
}

/** A buffer twice the size, holding the first `used` bytes of `buffer`. */
function grown(buffer: Buffer, used: number): Buffer {
  const bigger = Buffer.allocUnsafe(buffer.length * 2);
  buffer.copy(bigger, 0, 0, used);
  return bigger;
}

/** Hashes the first `known.bytes` bytes; their length if they match, else -1. */
function skipKnown(fd: number, known: { bytes: number; sha256: string }, hash: Hash): number {
  const chunk = Buffer.allocUnsafe(CHUNK);
  let position = 0;
  while (position < known.bytes) {
    const n = readSync(fd, chunk, 0, Math.min(CHUNK, known.bytes - position), position);
    if (n === 0) return -1;
    hash.update(chunk.subarray(0, n));
    position += n;
  }
  // The digest is taken from a copy: the same hash goes on over the rest.
  return hash.copy().digest('hex') === known.sha256 ? position : -1;
}
