/**
 * Reading the log through its snapshot (history-snapshot.ts): the prefix the
 * snapshot was folded from is hashed, not parsed, and only the lines after
 * it are folded onto it. If the snapshot is missing or does not check out,
 * or the new lines cannot be folded onto it exactly, the whole log is folded
 * again. A clean log folded further than its snapshot gets a new one.
 */
import type { Replay } from './cards.js';
import { HistoryIndex } from './history-index.js';
import { readHeader, readSnapshot, writeSnapshot } from './history-snapshot.js';
import { readLogFile, type StreamedLog } from './log-stream.js';
import type { QuizEvent } from './quiz-events.js';

export interface IndexedRead {
  read: StreamedLog;
  index: HistoryIndex;
}

/**
 * The fold of the whole log (throws what reading the log throws: ENOENT,
 * EACCES...). `schedule: false`: with no snapshot to carry on, the cards are
 * not scheduled (nor the fold saved): `history` needs no cards, and
 * scheduling a whole large log is most of the cost of folding it.
 */
export function readIndexed(log: string, snapshot: string, replay: Replay, schedule = true): IndexedRead {
  const saved = readSnapshot(snapshot);
  if (saved) {
    let exact = true;
    const read = readLogFile(log, { keepEvents: false, known: saved.header.log, onEvent: (event, offset) => (exact &&= saved.index.add(event, offset)) });
    if (read.known && exact && clean(read) && saved.index.settle(replay)) {
      if (read.bytes > saved.header.log.bytes) writeSnapshot(snapshot, saved.index, { bytes: read.bytes, sha256: read.sha256! });
      return { read, index: saved.index };
    }
  }
  let index = new HistoryIndex();
  let canonical = true;
  let read = readLogFile(log, { keepEvents: false, hash: schedule, onEvent: (event, offset) => (canonical &&= index.add(event, offset)) });
  if (!canonical) {
    // A hand-made log (ids this program does not write): folded again, checking every id.
    const strict = new HistoryIndex({ strict: true });
    read = readLogFile(log, { keepEvents: false, onEvent: (event, offset) => strict.add(event, offset) });
    index = strict;
  }
  if (schedule && read.newer === undefined) {
    index.settle(replay);
    if (clean(read) && read.bytes > 0) writeSnapshot(snapshot, index, { bytes: read.bytes, sha256: read.sha256! });
  }
  return { read, index };
}

/**
 * The events of the attempts `ids`, read from `from` on (the first line of
 * the earliest of them), each id once. `from` must be 0 unless the fold was
 * not strict (then an id belongs to one attempt and cannot occur before it).
 */
export function eventsOf(log: string, ids: ReadonlySet<string>, from: number): QuizEvent[] {
  const seen = new Set<string>();
  const events: QuizEvent[] = [];
  readLogFile(log, {
    keepEvents: false,
    from,
    onEvent: (event) => {
      if (seen.has(event.id)) return;
      if (from === 0 || ids.has(event.attempt)) seen.add(event.id);
      if (ids.has(event.attempt)) events.push(event);
    },
  });
  return events;
}

/** Checks the log without keeping its events, skipping the prefix a snapshot vouches for (it was read clean). */
export function readChecked(log: string, snapshot: string): StreamedLog {
  const header = readHeader(snapshot);
  if (header) {
    const read = readLogFile(log, { keepEvents: false, known: header.log });
    if (read.known) return read;
  }
  return readLogFile(log, { keepEvents: false });
}

/** Whether the fold can be saved: every line read, none damaged, none of a newer version. */
function clean(read: StreamedLog): boolean {
  return read.complete && !read.torn && read.damaged === 0 && read.newer === undefined;
}
