/**
 * A lock for the rare whole-file rewrites of the log (repair, reset), so two
 * processes never rewrite at once. Appends do not take it (see append-line.ts).
 * The lock file holds the owner's pid from the moment it exists: the pid is
 * written to a temporary file first, which is then linked to the lock's name
 * (link fails if the name is taken). A lock whose owner is gone, one that
 * holds no pid (left by an older version that crashed between creating and
 * writing it), or one older than a minute is stale and taken over. When no
 * lock can be made at all (a full disk, a read-only directory), the caller is
 * told why, and no lock file is left behind.
 */
import { closeSync, linkSync, openSync, statSync, writeSync } from 'node:fs';
import { removeQuietly } from './atomic.js';
import { NOT_REGULAR, readRegular } from './regular-file.js';
import { temporaryName } from './temporaries.js';

const STALE_MS = 60_000;
/** How long an older version could take between creating its (empty) lock file and writing its pid. */
const EMPTY_GRACE_MS = 1000;

export type LockResult<T> = { value: T } | { busy: true } | { unavailable: string };

/** Runs `fn` holding the lock; `busy` when another process holds it past `waitMs`; `unavailable` when no lock can be made. */
export function withRewriteLock<T>(file: string, fn: () => T, waitMs = 3000): LockResult<T> {
  const lock = `${file}.lock`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    const got = tryLock(lock);
    if (got === true) break;
    if (got !== false) return { unavailable: got };
    if (isStale(lock)) {
      removeQuietly(lock); // someone else may have taken it over first
      continue;
    }
    if (Date.now() >= deadline) return { busy: true };
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
  }
  try {
    return { value: fn() };
  } finally {
    removeQuietly(lock);
  }
}

/** true: ours; false: taken; a string: the error code that stops any lock being made. */
function tryLock(lock: string): boolean | string {
  const tmp = temporaryName(lock);
  try {
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      const pid = String(process.pid);
      if (writeSync(fd, pid) !== pid.length) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
    } finally {
      closeSync(fd);
    }
    linkSync(tmp, lock);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return code === 'EEXIST' ? false : code;
  } finally {
    removeQuietly(tmp);
  }
}

function isStale(lock: string): boolean {
  try {
    const age = Date.now() - statSync(lock).mtimeMs;
    if (age > STALE_MS) return true;
    const text = readRegular(lock).toString('utf8').trim();
    if (!/^\d{1,10}$/.test(text)) return age > EMPTY_GRACE_MS || text !== '';
    process.kill(Number(text), 0);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ESRCH' || code === 'ENOENT' || code === NOT_REGULAR;
  }
}
