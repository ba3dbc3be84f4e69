/**
 * A lock for the rare whole-file rewrites of the log (repair, reset), so two
 * processes never rewrite at once. Appends do not take it (see append-line.ts).
 * The lock is a file created with O_EXCL holding the owner's pid; a lock whose
 * owner is gone, or older than a minute, is stale and taken over.
 */
import { closeSync, constants, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';

const STALE_MS = 60_000;

/** Runs `fn` holding the lock, or returns undefined when it cannot be had within `waitMs`. */
export function withRewriteLock<T>(file: string, fn: () => T, waitMs = 3000): { value: T } | undefined {
  const lock = `${file}.lock`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (tryLock(lock)) break;
    if (isStale(lock)) {
      try {
        unlinkSync(lock);
      } catch {
        // someone else took it over first
      }
      continue;
    }
    if (Date.now() >= deadline) return undefined;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
  }
  try {
    return { value: fn() };
  } finally {
    try {
      unlinkSync(lock);
    } catch {
      // already gone
    }
  }
}

function tryLock(lock: string): boolean {
  try {
    const fd = openSync(lock, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function isStale(lock: string): boolean {
  try {
    if (Date.now() - statSync(lock).mtimeMs > STALE_MS) return true;
    const pid = Number(readFileSync(lock, 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ESRCH' || code === 'ENOENT';
  }
}
