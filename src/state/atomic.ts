/**
 * Durable small files: write to a temporary file in the same directory,
 * fsync it, rename it over the target, fsync the directory. A crash at any
 * moment leaves either the old file or the new one, never a torn one. The
 * temporary file is removed on every failure path; ones left by a process
 * that was killed are swept (see temporaries.ts).
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { sweepTemporaries, temporaryName } from './temporaries.js';

export function writeFileAtomic(file: string, text: string): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true });
  sweepTemporaries(dir);
  const tmp = temporaryName(file);
  let renamed = false;
  try {
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      const bytes = Buffer.from(text, 'utf8');
      const written = writeSync(fd, bytes, 0, bytes.length);
      // A regular file takes a write whole unless the disk is full.
      if (written !== bytes.length) throw Object.assign(new Error(`short write to ${tmp}`), { code: 'ENOSPC' });
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    renamed = true;
  } finally {
    if (!renamed) removeQuietly(tmp);
  }
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

export function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // never created, or already gone
  }
}
