/**
 * The two hashes of the caches.
 * - `hashText`: what content is keyed on, SHA-256 of the text's UTF-8 bytes in
 *   hex, so that no crafted file can pass for another's content. node:crypto
 *   loads on first use: a run served by stamps (./read-log.ts) hashes nothing.
 * - `hashKey`: the name of an entry's file. The entry holds its whole key and
 *   is used only when that key is equal (./store.ts), so a collision costs a
 *   miss, never a wrong value; a non-cryptographic hash does, without loading
 *   node:crypto.
 */
import type { Hash } from 'node:crypto';

let createHash: ((algorithm: string) => Hash) | undefined;

export function hashText(text: string): string {
  createHash ??= process.getBuiltinModule('node:crypto').createHash;
  return createHash('sha256').update(text).digest('hex');
}

/** 64 bits, in hex: two 32-bit FNV-1a lanes over the UTF-16 code units, with different offsets and a final mix. */
export function hashKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return hex32(mix(a ^ b)) + hex32(mix(b + a));
}

/** murmur3's finaliser: every input bit moves every output bit. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hex32(n: number): string {
  return n.toString(16).padStart(8, '0');
}
