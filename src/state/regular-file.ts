/**
 * Opening state files safely: never blocking on open (a FIFO put where a
 * state file should be would wait for a writer forever) and only when the
 * path is a regular file. Reading can be capped: the cap is applied while
 * reading, so an endless source (a device, a pipe) is cut off, not read whole.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** The `code` of the error thrown for a path that is not a regular file, shown to the user as it is. */
export const NOT_REGULAR = 'not a regular file';
/** The `code` of the error thrown when a capped read finds more. */
export const TOO_LARGE = 'EFBIG';

const NONBLOCK = (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

export function openRegular(file: string, flags: number, mode?: number): number {
  const fd = openSync(file, flags | NONBLOCK, mode);
  let ok = false;
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error(`${file}: is a directory`), { code: 'EISDIR' });
    if (!stat.isFile()) throw Object.assign(new Error(`${file}: ${NOT_REGULAR}`), { code: NOT_REGULAR });
    ok = true;
    return fd;
  } finally {
    if (!ok) closeSync(fd);
  }
}

/** The whole of a regular file. */
export function readRegular(file: string): Buffer {
  const fd = openRegular(file, constants.O_RDONLY);
  try {
    return readAllFrom(fd, Number.POSITIVE_INFINITY);
  } finally {
    closeSync(fd);
  }
}

/** Reads `fd` to its end, refusing (code EFBIG) as soon as more than `maxBytes` arrive. */
export function readAllFrom(fd: number, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, Math.max(1, maxBytes + 1 - total)));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw Object.assign(new Error(`more than ${maxBytes} bytes`), { code: TOO_LARGE });
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}
