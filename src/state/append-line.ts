/**
 * Durable appends to a log shared by several processes. Each append (a line,
 * or several lines with appendLines) is one write() on a descriptor opened
 * with O_APPEND (so concurrent writers never interleave or overwrite), then
 * fsync'd before the call returns: a saved line survives kill -9 and power loss. If the log was replaced while we wrote
 * (a repair or reset renames a new file over it), the line is written again to
 * the new file; readers drop the duplicate by its id.
 */
import { closeSync, constants, fstatSync, fsyncSync, readSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { syncDir } from './atomic.js';
import { openRegular } from './regular-file.js';

const FLAGS = constants.O_RDWR | constants.O_APPEND | constants.O_CREAT;

export function appendLine(file: string, line: string): void {
  appendLines(file, [line]);
}

/** Appends several lines in one write and one fsync (all of them or, after a crash, a torn last one). */
export function appendLines(file: string, lines: readonly string[]): void {
  if (lines.some((line) => line.includes('\n'))) throw new Error('appendLine: a line must not contain a line break');
  if (lines.length === 0) return;
  for (let attempt = 0; attempt < 5; attempt++) {
    const existed = exists(file);
    const fd = openRegular(file, FLAGS, 0o600);
    let ino: number;
    try {
      // A line cut short by a crash must not swallow ours: start on a fresh line.
      const text = `${endsClean(fd) ? '' : '\n'}${lines.join('\n')}\n`;
      const bytes = Buffer.from(text, 'utf8');
      const written = writeSync(fd, bytes, 0, bytes.length);
      if (written !== bytes.length) throw Object.assign(new Error(`short write to ${file} (${written} of ${bytes.length} bytes)`), { code: 'ENOSPC' });
      fsyncSync(fd);
      ino = fstatSync(fd).ino;
    } finally {
      closeSync(fd);
    }
    if (!existed) syncDir(dirname(file));
    if (currentIno(file) === ino) return;
  }
  throw new Error(`the log ${file} keeps being replaced; could not save`);
}

function endsClean(fd: number): boolean {
  const size = fstatSync(fd).size;
  if (size === 0) return true;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  return last[0] === 0x0a;
}

function exists(file: string): boolean {
  return currentIno(file) !== undefined;
}

function currentIno(file: string): number | undefined {
  try {
    return statSync(file).ino;
  } catch {
    return undefined;
  }
}
