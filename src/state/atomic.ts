/**
 * Durable small files: write to a temporary file in the same directory,
 * fsync it, rename it over the target, fsync the directory. A crash at any
 * moment leaves either the old file or the new one, never a torn one.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(file: string, text: string): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file may not exist
    }
    throw error;
  }
  closeSync(fd);
  renameSync(tmp, file);
  syncDir(dir);
}

/** fsync a directory so a rename in it survives power loss (a no-op where directories cannot be opened). */
export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // some platforms and file systems do not allow fsync on a directory
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Move a damaged state file aside (`name.corrupt-<time>`) and return its new path. */
export function moveAside(file: string, now: Date): string {
  const aside = `${file}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  renameSync(file, aside);
  return aside;
}
