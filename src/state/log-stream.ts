/**
 * Reading the log from disk a chunk at a time: the file is never held whole
 * (as bytes or as one string), so a 100 MB history costs its events, not
 * twice its size. Lines are cut at line feeds in the bytes (a line feed is
 * never part of a multi-byte UTF-8 character), then decoded one by one.
 */
import { closeSync, constants, readSync } from 'node:fs';
import { LogReader, type LogText } from './log-text.js';
import { openRegular } from './regular-file.js';

const CHUNK = 1 << 20;

export function readLogFile(file: string, keepLines = false, keepEvents = true): LogText {
  const fd = openRegular(file, constants.O_RDONLY);
  const reader = new LogReader(keepLines, keepEvents);
  try {
    let carry: Buffer = Buffer.alloc(0);
    const chunk = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      const data = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      let start = 0;
      for (let end = data.indexOf(0x0a, start); end !== -1; end = data.indexOf(0x0a, start)) {
        reader.add(data.toString('utf8', start, end), false);
        start = end + 1;
      }
      // The rest waits for the next chunk (copied: `chunk` is reused).
      carry = Buffer.from(data.subarray(start));
    }
    reader.add(carry.toString('utf8'), true);
  } finally {
    closeSync(fd);
  }
  return reader.result();
}
