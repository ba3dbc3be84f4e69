/**
 * Reading progress: the last chapter shown and the chapters read, per pack,
 * in `<state dir>/progress.json`, written atomically. A missing file is a
 * first run; an unreadable or damaged one never stops reading: a one-line
 * warning, the damaged file moved aside, and a fresh start. A file from a
 * newer version, or one that cannot be read, is left as it is: reading goes
 * on, and progress is not saved over it.
 */
import { join } from 'node:path';
import { moveAside, writeFileAtomic } from './atomic.js';
import { NOT_REGULAR, readRegular } from './regular-file.js';

export interface PackProgress {
  /** The chapter shown last. */
  last?: string;
  /** The section of `last` shown last, when only a section was shown (so `next` goes on to the next section). */
  section?: string;
  /** Chapters shown in full, in the order first read. */
  read: string[];
  updated?: string;
}

interface ProgressFile {
  version: 1;
  packs: Record<string, PackProgress>;
}

export interface ProgressWarnings {
  unreadable(file: string, why: string): string;
  corrupt(aside: string): string;
  unwritable(file: string, why: string): string;
  /** A file written by a newer version: read nothing from it, and never overwrite it. */
  newer?(file: string, version: number): string;
}

export const PROGRESS_FILE = 'progress.json';

export class ProgressStore {
  private constructor(
    readonly file: string,
    private data: ProgressFile,
    /** The file is there but was not read (newer version, unreadable): it must not be overwritten. */
    private readonly frozen: boolean,
    private readonly packId: string,
    private readonly now: () => Date,
    private readonly warn: (line: string) => void,
    private readonly messages: ProgressWarnings,
  ) {}

  static open(dir: string, packId: string, opts: { now: () => Date; warn: (line: string) => void; messages: ProgressWarnings }): ProgressStore {
    const file = join(dir, PROGRESS_FILE);
    const { data, frozen } = readProgress(file, opts);
    return new ProgressStore(file, data, frozen, packId, opts.now, opts.warn, opts.messages);
  }

  get pack(): PackProgress {
    // Own entries only: a pack id such as `constructor` must not find Object.prototype's.
    return Object.hasOwn(this.data.packs, this.packId) ? this.data.packs[this.packId]! : { read: [] };
  }

  /**
   * Records a chapter shown: it becomes the last one and, when shown whole, a read one (`updated`: when that
   * last changed). `section`: the one section shown, if only one was.
   */
  shown(chapter: string, whole: boolean, section?: string): void {
    const current = this.pack;
    const read = whole && !current.read.includes(chapter) ? [...current.read, chapter] : current.read;
    // Showing the last chapter again changes nothing: no write (and no fsync) on the way to the page.
    if (current.last === chapter && current.section === section && read === current.read) return;
    const entry: PackProgress = { last: chapter, ...(section === undefined ? {} : { section }), read, updated: this.now().toISOString() };
    this.data = { ...this.data, packs: { ...this.data.packs, [this.packId]: entry } };
    if (this.frozen) return;
    try {
      writeFileAtomic(this.file, `${JSON.stringify(this.data, null, 2)}\n`);
    } catch (error) {
      this.warn(this.messages.unwritable(this.file, reason(error)));
    }
  }
}

function readProgress(file: string, opts: { now: () => Date; warn: (line: string) => void; messages: ProgressWarnings }): { data: ProgressFile; frozen: boolean } {
  const empty: ProgressFile = { version: 1, packs: {} };
  let text: string;
  try {
    text = readRegular(file).toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No file (or no directory for it) is a first run; saving will say if the directory is unusable.
    if (code === 'ENOENT' || code === 'ENOTDIR') return { data: empty, frozen: false };
    opts.warn(opts.messages.unreadable(file, reason(error)));
    return { data: empty, frozen: true };
  }
  const newer = newerVersion(text);
  if (newer !== undefined) {
    opts.warn(opts.messages.newer?.(file, newer) ?? opts.messages.unreadable(file, `written by a newer version (format ${newer})`));
    return { data: empty, frozen: true };
  }
  const parsed = parseProgress(text);
  if (parsed) return { data: parsed, frozen: false };
  try {
    opts.warn(opts.messages.corrupt(moveAside(file, opts.now())));
  } catch (error) {
    opts.warn(opts.messages.unreadable(file, reason(error)));
    return { data: empty, frozen: true };
  }
  return { data: empty, frozen: false };
}

/** The format version of a progress file newer than ours, if it is one. */
function newerVersion(text: string): number | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) && typeof value.version === 'number' && value.version > 1 ? value.version : undefined;
  } catch {
    return undefined;
  }
}

/** The file's data when it has the expected shape; unknown packs' entries are kept as they are. */
export function parseProgress(text: string): ProgressFile | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.packs)) return undefined;
  const packs: Record<string, PackProgress> = {};
  for (const [id, entry] of Object.entries(value.packs)) {
    if (!isRecord(entry) || !Array.isArray(entry.read) || !entry.read.every((r) => typeof r === 'string')) return undefined;
    if (entry.last !== undefined && typeof entry.last !== 'string') return undefined;
    const pack: PackProgress = {
      read: entry.read as string[],
      ...(typeof entry.last === 'string' ? { last: entry.last } : {}),
      ...(typeof entry.section === 'string' ? { section: entry.section } : {}),
      ...(typeof entry.updated === 'string' ? { updated: entry.updated } : {}),
    };
    // Defined, not assigned: an id `__proto__` stays an entry instead of becoming the prototype.
    Object.defineProperty(packs, id, { value: pack, enumerable: true, writable: true, configurable: true });
  }
  return { version: 1, packs };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENOTDIR') return 'not a directory';
  if (code === 'EROFS') return 'read-only file system';
  if (code === NOT_REGULAR) return NOT_REGULAR;
  return code ?? (error instanceof Error ? error.message : String(error));
}
