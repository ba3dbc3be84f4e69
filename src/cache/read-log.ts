/**
 * What a run read from a pack, so a whole output can be remembered by it and
 * checked without reading everything again: for each file, its stamp (size,
 * modification and change times, inode and device) taken
 * before it was read, and the hash of the text read. An output is served
 * again only while every stamp is the same. A stamp can miss an edit made in
 * the same clock tick as the read that stamped it, so a file changed less
 * than RACY_MS before the output was stored is also checked by content, as
 * git does with "racily clean" files. The change time cannot be set back by
 * a program (unlike the modification time), and replacing a file, or a link
 * to one, changes the inode.
 */
import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { readPackFile } from '../course/pack-files.js';
import { hashText } from './hash.js';

/** Newer than this (by its change or modification time) when stored: checked by content too. */
export const RACY_MS = 3000;

export interface FileInput {
  file: string;
  /** The stamp before it was read; null when it could not be stat'ed (a missing file). */
  stamp: string | null;
  /** The hash of the text read; null when it could not be read. */
  hash: string | null;
  /** Whether to compare its content, not only its stamp. */
  verify: boolean;
}

export interface Stamp {
  stamp: string;
  changedMs: number;
}

export function stampOf(file: string): Stamp | undefined {
  try {
    // Times in milliseconds with their sub-millisecond fraction (a float holds them to under a microsecond).
    const s = statSync(file, { throwIfNoEntry: false });
    if (!s) return undefined;
    return { stamp: `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}:${s.dev}`, changedMs: Math.max(s.mtimeMs, s.ctimeMs) };
  } catch {
    return undefined;
  }
}

export class ReadLog {
  private readonly reads = new Map<string, { stamp: Stamp | undefined; hash: string | null }>();

  /** Notes a file read: its stamp from before the read, and the hash of what was read (null if nothing). */
  record(file: string, before: Stamp | undefined, hash: string | null): void {
    if (!this.reads.has(file)) this.reads.set(file, { stamp: before, hash });
  }

  /** Every file read so far, as inputs of an output stored now. */
  inputs(now: number = Date.now()): FileInput[] {
    return [...this.reads].map(([file, { stamp, hash }]) => ({
      file,
      stamp: stamp?.stamp ?? null,
      hash,
      verify: stamp === undefined || stamp.changedMs > now - RACY_MS,
    }));
  }
}

/** Whether every input is as it was: the same stamp and, where asked, the same content. */
export function unchanged(root: string, inputs: readonly FileInput[]): boolean {
  for (const input of inputs) {
    if ((stampOf(input.file)?.stamp ?? null) !== input.stamp) return false;
    if (input.verify) {
      const read = readPackFile(root, input.file);
      if ((read.ok ? hashText(read.text) : null) !== input.hash) return false;
    }
  }
  return true;
}

/**
 * Inputs that `unchanged` has just passed, as they can be stored again: a file
 * compared by content because it was new when stored, and no longer new now,
 * needs no content check from now on (an edit would change its stamp). Undefined
 * when there is nothing to drop, so the entry need not be written again.
 */
export function settled(inputs: readonly FileInput[], now: number = Date.now()): FileInput[] | undefined {
  let changed = false;
  const next = inputs.map((input) => {
    if (!input.verify || input.stamp === null) return input;
    const stamp = stampOf(input.file);
    if (stamp === undefined || stamp.stamp !== input.stamp || stamp.changedMs > now - RACY_MS) return input;
    changed = true;
    return { ...input, verify: false };
  });
  return changed ? next : undefined;
}

/**
 * Inputs as an entry stores them: `[file, stamp]`, or `[file, stamp, hash]`
 * for a file to compare by content, the file relative to the pack. A search
 * over thousands of chapters stores thousands of inputs, and reads them back
 * on every run: arrays without hashes are a third of the objects' size.
 */
export type PackedInput = [file: string, stamp: string | null] | [file: string, stamp: string | null, hash: string | null];

export function packInputs(root: string, inputs: readonly FileInput[]): PackedInput[] {
  return inputs.map((i) => (i.verify ? [relative(root, i.file), i.stamp, i.hash] : [relative(root, i.file), i.stamp]));
}

/** The inputs of an entry, or undefined when they are not what packInputs wrote. */
export function unpackInputs(root: string, value: unknown): FileInput[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const inputs: FileInput[] = [];
  for (const i of value as unknown[]) {
    if (!Array.isArray(i) || (i.length !== 2 && i.length !== 3)) return undefined;
    const [file, stamp, hash = null] = i as unknown[];
    if (typeof file !== 'string' || (typeof stamp !== 'string' && stamp !== null) || (typeof hash !== 'string' && hash !== null)) return undefined;
    // A plain concatenation: packInputs wrote the path relative and normalised, and path.join, for thousands of inputs, costs milliseconds.
    inputs.push({ file: `${root}${sep}${file}`, stamp, hash, verify: i.length === 3 });
  }
  return inputs;
}
