/**
 * Splitting the text of the log into readable events and damage, without
 * touching the disk: a torn last line (a write cut off by a crash or power
 * loss), damaged lines elsewhere, and lines from a newer format version.
 */
import { readLine, type QuizEvent } from './quiz-events.js';

export interface GoodLine {
  /** The line as written, to be copied byte for byte when the log is repaired. */
  raw: string;
  /** Undefined for a valid line of a kind this version does not use. */
  event: QuizEvent | undefined;
}

export interface LogText {
  lines: GoodLine[];
  /** Events in file order, each id once. */
  events: QuizEvent[];
  /** The last line is incomplete (no line feed, not readable). */
  torn: boolean;
  /** Unreadable lines other than a torn last line. */
  damaged: number;
  /** The highest format version met above ours, if any. */
  newer: number | undefined;
}

export function parseLogText(text: string): LogText {
  const segments = text.split('\n');
  const lastIndex = segments.length - 1; // '' when the text ends with a line feed
  const lines: GoodLine[] = [];
  const events: QuizEvent[] = [];
  const seen = new Set<string>();
  let torn = false;
  let damaged = 0;
  let newer: number | undefined;
  segments.forEach((segment, i) => {
    if (segment.trim() === '') return;
    const read = readLine(segment);
    if (read.ok) {
      lines.push({ raw: segment, event: read.event });
      if (read.event && !seen.has(read.event.id)) {
        seen.add(read.event.id);
        events.push(read.event);
      }
    } else if (read.newer !== undefined) {
      newer = Math.max(newer ?? 0, read.newer);
    } else if (i === lastIndex) {
      torn = true;
    } else {
      damaged++;
    }
  });
  return { lines, events, torn, damaged, newer };
}
