/**
 * The learner's quiz history: an append-only JSON Lines log in the state
 * directory. Opening it reads every event and repairs damage (a torn last line
 * is dropped; damaged lines are dropped from the live log, and the original
 * file is kept beside it); a log from a newer version is refused, never
 * written. Appending saves one event durably before returning. A log that
 * cannot be written (read-only directory, disk full) turns saving off; the
 * caller warns the learner and carries on.
 */
import { closeSync, constants, fstatSync, linkSync, mkdirSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { appendLine, appendLines } from './append-line.js';
import { removeQuietly, syncDir, writeFileAtomic } from './atomic.js';
import type { Replay } from './cards.js';
import { HistoryIndex } from './history-index.js';
import { readChecked, readIndexed } from './history-read.js';
import { indexFile } from './history-snapshot.js';
import { readLogFile } from './log-stream.js';
import { parseLogText, type GoodLine } from './log-text.js';
import type { QuizEvent } from './quiz-events.js';
import { openRegular, readRegular } from './regular-file.js';
import { withRewriteLock } from './rewrite-lock.js';

export const LOG_FILE = 'quiz-log.jsonl';

/** Things the learner should be told, as data; the command words them. */
export type LogNotice =
  | { kind: 'torn' }
  | { kind: 'damaged'; count: number; aside: string; kept: number }
  | { kind: 'newer'; version: number; file: string }
  | { kind: 'unreadable'; file: string; code: string }
  | { kind: 'unsaved'; file: string; code: string }
  /** Damage was found but the log could not be rewritten (full disk, read-only): read as it is. */
  | { kind: 'unrepaired'; file: string; code: string };

export interface OpenOptions {
  /** False: check every line but keep no event. */
  keepEvents?: boolean;
  /** Fold the events (through the snapshot) instead of keeping them, scheduling cards with this. */
  index?: Replay;
  /** False: with no snapshot to carry on, fold without scheduling the cards (nor saving a snapshot). */
  schedule?: boolean;
}

/** Why a rewrite did not happen: another process holds the lock, or the file system refused (`code`). */
export type RewriteRefusal = { busy: true } | { code: string };

export class QuizLog {
  readonly notices: LogNotice[] = [];
  private saving: boolean;
  /** The read found damage and rewrote the log. */
  private repaired = false;

  private constructor(
    readonly file: string,
    readonly events: QuizEvent[],
    saving: boolean,
    /** The fold of the log, when it was opened with `index` (empty when the log was refused). */
    readonly index: HistoryIndex | undefined = undefined,
  ) {
    this.saving = saving;
  }

  /** The snapshot of the log's fold, beside it. */
  get indexFile(): string {
    return indexFile(dirname(this.file));
  }

  /**
   * Reads (and if needed repairs) the log in `dir`. Never throws for damage.
   * `keepEvents: false`: every line is still read and checked, but the events
   * are not kept (a run that only appends: the quiz with --answers); a prefix
   * a snapshot vouches for is only hashed. `index`: the events are folded
   * (see history-index.ts), through the snapshot, instead of kept.
   */
  static open(dir: string, now: Date, opts: OpenOptions = {}): QuizLog {
    const log = QuizLog.read(dir, now, opts);
    if (!log.repaired || !opts.index) return log;
    // Lines were dropped: the offsets folded are no longer the file's.
    const again = QuizLog.read(dir, now, opts);
    again.notices.unshift(...log.notices);
    return again;
  }

  private static read(dir: string, now: Date, opts: OpenOptions): QuizLog {
    const file = join(dir, LOG_FILE);
    let parsed;
    let index: HistoryIndex | undefined;
    try {
      if (opts.index) ({ read: parsed, index } = readIndexed(file, indexFile(dir), opts.index, opts.schedule));
      else if (opts.keepEvents === false) parsed = readChecked(file, indexFile(dir));
      else parsed = readLogFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      if (code === 'ENOENT' || code === 'ENOTDIR') return new QuizLog(file, [], true, opts.index ? new HistoryIndex() : undefined);
      const log = new QuizLog(file, [], false, opts.index ? new HistoryIndex() : undefined);
      log.notices.push({ kind: 'unreadable', file, code });
      return log;
    }
    if (parsed.newer !== undefined) {
      const log = new QuizLog(file, [], false, opts.index ? new HistoryIndex() : undefined);
      log.notices.push({ kind: 'newer', version: parsed.newer, file });
      return log;
    }
    const log = new QuizLog(file, parsed.events, true, index);
    if (parsed.torn || parsed.damaged > 0) log.repaired = log.repair(now);
    return log;
  }

  /** Whether answers are being saved. */
  get isSaving(): boolean {
    return this.saving;
  }

  /** Whether the log was refused (newer version or unreadable): its history is not available. */
  get refused(): LogNotice | undefined {
    return this.notices.find((n) => n.kind === 'newer' || n.kind === 'unreadable');
  }

  /** Saves one event durably. Returns false (and records why, once) when it could not be saved. */
  append(event: QuizEvent): boolean {
    return this.appendAll([event]);
  }

  /** Saves events durably with one write and one fsync; false (and why, once) when they could not be saved. */
  appendAll(events: readonly QuizEvent[]): boolean {
    if (!this.saving) return false;
    try {
      ensureDir(dirname(this.file));
      appendLines(this.file, events.map((event) => JSON.stringify(event)));
      this.events.push(...events);
      return true;
    } catch (error) {
      this.saving = false;
      this.notices.push({ kind: 'unsaved', file: this.file, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
      return false;
    }
  }

  /**
   * Replaces the log by the lines `keep` accepts, keeping the old file as
   * `<log>.<label>-<time>`. Returns the copy's path, or undefined if the log
   * is locked by another rewrite. Lines appended meanwhile are carried over.
   */
  rewrite(keep: (line: GoodLine) => boolean, label: string, now: Date): { backup: string | undefined; removed: number } | RewriteRefusal {
    let result;
    try {
      result = withRewriteLock(this.file, () => rewriteLocked(this.file, keep, label, now, 'always'));
    } catch (error) {
      return { code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
    }
    if ('busy' in result) return result;
    if ('unavailable' in result) return { code: result.unavailable };
    // The snapshot was folded from the old log (it would no longer check out; removed so it is not even read).
    removeQuietly(this.indexFile);
    const reread = parseLogText(safeRead(this.file));
    this.events.splice(0, this.events.length, ...reread.events);
    return { backup: result.value.backup, removed: result.value.removed };
  }

  /** Rewrites a damaged log; true when it was rewritten. */
  private repair(now: Date): boolean {
    let done;
    try {
      done = withRewriteLock(this.file, () => rewriteLocked(this.file, () => true, 'corrupt', now, 'damaged'));
    } catch (error) {
      // Could not write the repaired log or keep the damaged one (disk full, read-only): the log is read as it is.
      done = { unavailable: (error as NodeJS.ErrnoException).code ?? 'EIO' };
    }
    if ('busy' in done) return false; // another process is repairing it; we only read
    if ('unavailable' in done) {
      this.notices.push({ kind: 'unrepaired', file: this.file, code: done.unavailable });
      return false;
    }
    const { found, backup } = done.value;
    if (found.damaged > 0 && backup) this.notices.push({ kind: 'damaged', count: found.damaged, aside: backup, kept: found.kept });
    else if (found.torn) this.notices.push({ kind: 'torn' });
    return found.damaged > 0 || found.torn;
  }
}

type Found = { torn: boolean; damaged: number; kept: number };

/**
 * Rewrites the log under the lock. `copy`: 'always' keeps the old file beside
 * the new one; 'damaged' rewrites only if the log (read again, under the lock)
 * is still damaged, and keeps a copy only if it has damaged lines (a torn last
 * line holds nothing to recover).
 */
function rewriteLocked(
  file: string,
  keep: (line: GoodLine) => boolean,
  label: string,
  now: Date,
  copy: 'always' | 'damaged',
): { backup: string | undefined; removed: number; found: Found } {
  let fd: number;
  try {
    fd = openRegular(file, constants.O_RDONLY);
  } catch {
    return { backup: undefined, removed: 0, found: { torn: false, damaged: 0, kept: 0 } };
  }
  try {
    const before = readFrom(fd, 0);
    // A line being written right now may be read half-written: stop at the last
    // line feed, and read the rest again once the new file is in place.
    const consumed = before.lastIndexOf(0x0a) + 1;
    const parsed = parseLogText(before.subarray(0, consumed).toString('utf8'));
    const found: Found = {
      torn: consumed < before.length && !parseLogText(before.subarray(consumed).toString('utf8')).lines.length,
      damaged: parsed.damaged,
      kept: parsed.lines.length,
    };
    if (copy === 'damaged' && !found.torn && found.damaged === 0) return { backup: undefined, removed: 0, found };
    const kept = parsed.lines.filter(keep);
    const backup = copy === 'always' || found.damaged > 0 ? linkBackup(file, label, now) : undefined;
    try {
      writeFileAtomic(file, kept.map((l) => `${l.raw}\n`).join(''));
    } catch (error) {
      if (backup) removeQuietly(backup); // nothing was replaced: the second name would only be clutter
      throw error;
    }
    // Lines completed or appended in the old file after we read it.
    for (const line of parseLogText(readFrom(fd, consumed).toString('utf8')).lines) appendLine(file, line.raw);
    return { backup, removed: parsed.lines.length - kept.length, found };
  } finally {
    closeSync(fd);
  }
}

/** A second name for the current log file (`<log>.<label>-<time>`), unique. */
function linkBackup(file: string, label: string, now: Date): string {
  const stem = `${file}.${label}-${now.toISOString().replace(/[:.]/g, '-')}`;
  for (let n = 0; ; n++) {
    const name = n === 0 ? stem : `${stem}-${n}`;
    try {
      linkSync(file, name);
      return name;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n > 1000) throw error;
    }
  }
}

function readFrom(fd: number, offset: number): Buffer {
  const size = fstatSync(fd).size;
  const buffer = Buffer.alloc(Math.max(0, size - offset));
  let read = 0;
  while (read < buffer.length) {
    const n = readSync(fd, buffer, read, buffer.length - read, offset + read);
    if (n === 0) break;
    read += n;
  }
  return buffer.subarray(0, read);
}

function safeRead(file: string): string {
  try {
    return readRegular(file).toString('utf8');
  } catch {
    return '';
  }
}

function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: false, mode: 0o700 });
    syncDir(dirname(dir));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code === 'ENOENT') {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      syncDir(dirname(dir));
      return;
    }
    throw error;
  }
}
