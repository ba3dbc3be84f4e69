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
  const reader = new LogReader(true);
  const segments = text.split('\n');
  const lastIndex = segments.length - 1; // '' when the text ends with a line feed
  segments.forEach((segment, i) => reader.add(segment, i === lastIndex));
  return reader.result();
}

/**
 * The same reading, a line at a time, for a log streamed from disk (see
 * log-stream.ts): memory grows with the events, not with the file. Strings
 * that repeat across events (attempt ids, question keys, topics, types) are
 * kept once. `keepLines`: also keep each line's text, for a rewrite.
 */
export class LogReader {
  private readonly events: QuizEvent[] = [];
  private readonly lines: GoodLine[] = [];
  private readonly seen = new Set<string>();
  private readonly strings = new Map<string, string>();
  private torn = false;
  private damaged = 0;
  private newer: number | undefined;

  constructor(
    private readonly keepLines: boolean,
    /** False: lines are checked (damage, newer versions) but no event is kept. */
    private readonly keepEvents = true,
    /** Given every readable event (duplicates too) and its line's byte offset. */
    private readonly onEvent?: (event: QuizEvent, offset: number) => void,
  ) {}

  /** One line (without its line feed); `last`: the text after the last line feed; `offset`: where it starts in the file. */
  add(segment: string, last: boolean, offset = 0): void {
    if (segment.trim() === '') return;
    const read = readLine(segment);
    if (read.ok) {
      if (this.keepLines) this.lines.push({ raw: segment, event: read.event });
      if (read.event && this.onEvent) this.onEvent(read.event, offset);
      if (read.event && this.keepEvents && !this.seen.has(read.event.id)) {
        this.seen.add(read.event.id);
        this.events.push(this.interned(read.event));
      }
    } else if (read.newer !== undefined) {
      this.newer = Math.max(this.newer ?? 0, read.newer);
    } else if (last) {
      this.torn = true;
    } else {
      this.damaged++;
    }
  }

  result(): LogText {
    return { lines: this.lines, events: this.events, torn: this.torn, damaged: this.damaged, newer: this.newer };
  }

  private intern(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    this.strings.set(text, text);
    return text;
  }

  private interned(event: QuizEvent): QuizEvent {
    event.attempt = this.intern(event.attempt);
    if (event.kind === 'answer') {
      event.key = this.intern(event.key);
      event.topic = this.intern(event.topic);
      event.type = this.intern(event.type) as typeof event.type;
      event.verdict = this.intern(event.verdict) as typeof event.verdict;
    } else if (event.kind === 'rate') {
      event.key = this.intern(event.key);
    } else if (event.kind === 'start' && Array.isArray(event.plan)) {
      for (const item of event.plan) {
        if (typeof item !== 'object' || item === null) continue;
        if (typeof item.key === 'string') item.key = this.intern(item.key);
        if (typeof item.topic === 'string') item.topic = this.intern(item.topic);
        if (typeof item.type === 'string') item.type = this.intern(item.type) as typeof item.type;
      }
    }
    return event;
  }
}
