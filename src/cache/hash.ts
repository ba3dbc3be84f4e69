/** The content hash caches key on: SHA-256 of the text's UTF-8 bytes, in hex. */
import { createHash } from 'node:crypto';

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
