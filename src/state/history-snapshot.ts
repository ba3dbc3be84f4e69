/**
 * The history index saved beside the log (`quiz-log.index`), so the next
 * command reads only the lines appended since: a header line naming the log
 * prefix it was folded from (its length and SHA-256) and the SHA-256 of the
 * body, then the body (the fold of history-index.ts as JSON). Anything that
 * does not check out (damage, another version, a log that no longer starts
 * with that prefix) makes it ignored, never trusted. It is derived data:
 * written atomically and only when it can be, silently; removed by a reset.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, readSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from '../version.js';
import { writeFileAtomic } from './atomic.js';
import type { FsrsCard } from './cards.js';
import { HistoryIndex, type AttemptFold } from './history-index.js';
import { openRegular, readAllFrom } from './regular-file.js';

export const INDEX_FILE = 'quiz-log.index';
const KIND = 'lm-quiz history index';
const FORMAT = 1;
/** Far above any real index (about 1.4 MB for a 100 MB log); a bigger file is not read. */
const MAX_BYTES = 64 << 20;

export interface Header {
  kind: string;
  format: number;
  /** The program that wrote it: another version may schedule or count differently. */
  program: string;
  log: { bytes: number; sha256: string };
  body: { bytes: number; sha256: string };
}

export function indexFile(dir: string): string {
  return join(dir, INDEX_FILE);
}

/** The header alone (the quiz that only appends needs no more), or undefined. */
export function readHeader(file: string): Header | undefined {
  try {
    const fd = openRegular(file, constants.O_RDONLY);
    try {
      const head = Buffer.alloc(4096);
      const n = readSync(fd, head, 0, head.length, 0);
      const end = head.subarray(0, n).indexOf(0x0a);
      return end < 0 ? undefined : parseHeader(head.toString('utf8', 0, end));
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** The saved fold and the log prefix it covers, or undefined when there is none that checks out. */
export function readSnapshot(file: string): { header: Header; index: HistoryIndex } | undefined {
  try {
    const fd = openRegular(file, constants.O_RDONLY);
    let bytes: Buffer;
    try {
      bytes = readAllFrom(fd, MAX_BYTES);
    } finally {
      closeSync(fd);
    }
    const end = bytes.indexOf(0x0a);
    const header = end < 0 ? undefined : parseHeader(bytes.toString('utf8', 0, end));
    if (!header) return undefined;
    const body = bytes.subarray(end + 1);
    if (body.length !== header.body.bytes || sha256(body) !== header.body.sha256) return undefined;
    return { header, index: fromJson(JSON.parse(body.toString('utf8'))) };
  } catch {
    return undefined;
  }
}

/** Saves a settled fold of the first `log.bytes` bytes of the log; false (and nothing left behind) when it cannot. */
export function writeSnapshot(file: string, index: HistoryIndex, log: { bytes: number; sha256: string }): boolean {
  if (index.strict) return false;
  try {
    const body = Buffer.from(JSON.stringify(toJson(index)), 'utf8');
    const header: Header = { kind: KIND, format: FORMAT, program: VERSION, log, body: { bytes: body.length, sha256: sha256(body) } };
    writeFileAtomic(file, `${JSON.stringify(header)}\n${body.toString('utf8')}`);
    return true;
  } catch {
    // Derived data: a read-only, immutable or full state directory only means the next run reads more.
    return false;
  }
}

function parseHeader(text: string): Header | undefined {
  const h = JSON.parse(text) as Header;
  const ok =
    h?.kind === KIND &&
    h.format === FORMAT &&
    h.program === VERSION &&
    count(h.log?.bytes) &&
    typeof h.log.sha256 === 'string' &&
    count(h.body?.bytes) &&
    typeof h.body.sha256 === 'string';
  return ok ? h : undefined;
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/*
 * The body. Ended attempts keep only what stats and history read (their
 * answers can no longer change); attempts still open keep their answered
 * indices and ratings, so their next lines fold exactly.
 */
interface Body {
  answers: number;
  attempts: { ids: string[]; offsets: number[]; answered: number[]; points: number[]; ends: ([string, number, number] | 0)[] };
  open: [position: number, slots: number[], rates: [number, number][]][];
  topics: [string, number, number][];
  types: [string, number, number][];
  keys: [string, number, number, number, number, number][];
  cards: [string, FsrsCard][];
}

function toJson(index: HistoryIndex): Body {
  const attempts: Body['attempts'] = { ids: [], offsets: [], answered: [], points: [], ends: [] };
  const open: Body['open'] = [];
  for (const a of index.attempts.values()) {
    if (!a.end) open.push([attempts.ids.length, [...a.slots!.keys()], [...a.rates]]);
    attempts.ids.push(a.id);
    attempts.offsets.push(a.offset);
    attempts.answered.push(a.answered);
    attempts.points.push(a.points);
    attempts.ends.push(a.end ? [a.end.status, a.end.points, a.end.max] : 0);
  }
  const tallies = (m: Map<string, { count: number; sum: number }>) => [...m].map(([name, t]): [string, number, number] => [name, t.count, t.sum]);
  return {
    answers: index.answers,
    attempts,
    open,
    topics: tallies(index.topics),
    types: tallies(index.types),
    keys: [...index.keys].map(([name, t]) => [name, t.count, t.sum, t.last, t.latestT, t.latestPoints]),
    cards: [...index.cards].map(([key, c]) => [key, c.card!]),
  };
}

/** Throws on anything malformed (the caller then ignores the snapshot). */
function fromJson(body: Body): HistoryIndex {
  const index = new HistoryIndex({ continued: true });
  const { ids, offsets, answered, points, ends } = body.attempts;
  const n = ids.length;
  if (![offsets, answered, points, ends].every((list) => Array.isArray(list) && list.length === n)) throw new Error('attempts');
  const folds: AttemptFold[] = [];
  for (let i = 0; i < n; i++) {
    const end = ends[i];
    const a: AttemptFold = {
      id: text(ids[i]),
      offset: whole(offsets[i]),
      end: end === 0 ? undefined : { status: text(end![0]), points: number(end![1]), max: number(end![2]) },
      answered: whole(answered[i]),
      points: number(points[i]),
      slots: undefined,
      rates: new Map(),
    };
    folds.push(a);
    index.attempts.set(a.id, a);
  }
  if (index.attempts.size !== n) throw new Error('duplicate attempts');
  for (const [position, slots, rates] of body.open) {
    const a = folds[whole(position)]!;
    if (a.end) throw new Error('open');
    a.slots = new Map(slots.map((slot) => [whole(slot), null]));
    for (const [i, rating] of rates) a.rates.set(whole(i), number(rating));
  }
  for (const [name, c, sum] of body.topics) index.topics.set(text(name), { count: whole(c), sum: number(sum) });
  for (const [name, c, sum] of body.types) index.types.set(text(name), { count: whole(c), sum: number(sum) });
  for (const [name, c, sum, last, t, latest] of body.keys) index.keys.set(text(name), { count: whole(c), sum: number(sum), last: number(last), latestT: number(t), latestPoints: number(latest) });
  for (const [key, card] of body.cards) {
    for (const field of ['due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state', 'last_review'] as const) number(card[field]);
    index.cards.set(text(key), { card, pending: [] });
  }
  index.answers = whole(body.answers);
  return index;
}

function count(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
function whole(value: unknown): number {
  if (!count(value)) throw new Error('not a count');
  return value;
}
function number(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error('not a number');
  return value;
}
function text(value: unknown): string {
  if (typeof value !== 'string') throw new Error('not a string');
  return value;
}
