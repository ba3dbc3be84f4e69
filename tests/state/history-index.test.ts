/**
 * The history index (issue #20, item 5): the fold gives what the functions
 * over all the events give; a snapshot of it, carried on with the lines
 * appended since, gives the same again, and folds only those lines; an
 * edited, truncated or reset log, or a damaged snapshot, is folded afresh.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, statSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeHistoryLog } from '../../scripts/bench/history-log.mjs';
import { byTime, cardsFrom, loadReplay, type Replay, type Review } from '../../src/state/cards.js';
import type { HistoryIndex } from '../../src/state/history-index.js';
import { eventsOf } from '../../src/state/history-read.js';
import { INDEX_FILE } from '../../src/state/history-snapshot.js';
import { parseLogText } from '../../src/state/log-text.js';
import { accuracyBy, answersOf, attemptsOf, missedKeys, weakest } from '../../src/state/quiz-history.js';
import type { AnswerEvent } from '../../src/state/quiz-events.js';
import { LOG_FILE, QuizLog } from '../../src/state/quiz-log.js';
import { answerEvent, endEvent, startEvent } from './events.js';

let replay: Replay;
/** Reviews scheduled, over all the replays of a test. */
let replayed = 0;
beforeAll(async () => {
  const real = await loadReplay();
  replay = (card, reviews) => {
    replayed += reviews.length;
    return real(card, reviews);
  };
});

const now = new Date('2026-11-29T12:00:00Z');
const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 10, minute)).toISOString();
const line = (event: object) => `${JSON.stringify(event)}\n`;

/** Concurrent and odd attempts: duplicates, ratings before and after their answer, times out of order, partial points. */
const TRICKY = [
  startEvent('A', at(0)),
  answerEvent('A', 0, at(1), { key: 'q/one' }),
  answerEvent('A', 1, at(2), { key: 'q/two', points: 0.5, verdict: 'partial', rating: 1, type: 'order' }),
  { v: 1, kind: 'rate', id: 'A:r0', attempt: 'A', at: at(2), index: 0, key: 'q/one', rating: 4 },
  startEvent('B', at(3), ['numbers']),
  answerEvent('B', 0, at(4), { key: 'q/one', topic: 'numbers', points: 0, verdict: 'wrong', rating: 1 }),
  answerEvent('B', 0, at(4), { key: 'q/one', topic: 'numbers', points: 0, verdict: 'wrong', rating: 1 }),
  // Lines under an id already read, with other content: dropped, as the reader drops them.
  { v: 1, kind: 'rate', id: 'A:r0', attempt: 'A', at: at(4), index: 0, key: 'q/one', rating: 1 },
  endEvent('A', at(5), 1.5, 2),
  { v: 1, kind: 'rate', id: 'B:r1', attempt: 'B', at: at(5), index: 1, key: 'q/three', rating: 4 },
  answerEvent('B', 1, at(6), { key: 'q/three', points: 1 / 3, verdict: 'partial', rating: 1 }),
  startEvent('C', at(7)),
  answerEvent('C', 0, at(0), { key: 'q/two', points: 1, rating: 3 }),
  { v: 1, kind: 'note', id: 'C:note', attempt: 'C', at: at(7) },
  answerEvent('C', 1, at(8), { key: 'q/one', points: 0, verdict: 'wrong', rating: 1 }),
  endEvent('C', at(9), 1, 2),
  endEvent('C', at(9), 2, 2),
  answerEvent('B', 2, at(10), { key: 'q/two', points: 0.25, verdict: 'partial' }),
  // A line of an ended attempt written again (an append that raced a rewrite).
  answerEvent('A', 1, at(2), { key: 'q/two', points: 0.5, verdict: 'partial', rating: 1, type: 'order' }),
].map(line);

/** What the functions over all the events give, in the fold's terms. */
async function expected(text: string) {
  const events = parseLogText(text).events;
  const answers = answersOf(events);
  return {
    attempts: attemptsOf(events).map((a) => ({ id: a.id, status: a.status, points: a.points, max: a.max, percent: a.percent })),
    answers: answers.length,
    topics: accuracyBy(answers, 'topic'),
    types: accuracyBy(answers, 'type'),
    weakest: weakest(answers, 100),
    missed: missedKeys(answers),
    cards: await cardsFrom(answers),
    // Exactly, not only to the day.
    fsrs: await fsrsCards(answers),
  };
}

/** Each question's FSRS card, from all its reviews in time order. */
async function fsrsCards(answers: AnswerEvent[]) {
  const exact = await loadReplay();
  const byKey = new Map<string, Review[]>();
  for (const a of answers) byKey.set(a.key, [...(byKey.get(a.key) ?? []), { t: Date.parse(a.at), rating: a.rating }]);
  return [...byKey].map(([key, reviews]) => [key, exact(undefined, byTime(reviews))]);
}

function viewOf(index: HistoryIndex) {
  return {
    attempts: [...index.scores()].map(({ id, status, points, max, percent }) => ({ id, status, points, max, percent })),
    answers: index.answers,
    topics: index.accuracy('topic'),
    types: index.accuracy('type'),
    weakest: index.weakest(100),
    missed: index.missed(),
    cards: index.cardStates(),
    fsrs: [...index.cards].map(([key, fold]) => [key, fold.card]),
  };
}

function stateWith(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lm-index-'));
  writeFileSync(join(dir, LOG_FILE), text);
  return dir;
}

const open = (dir: string) => QuizLog.open(dir, now, { index: replay });

describe('folding the log', () => {
  it('gives what attemptsOf, answersOf, accuracyBy, weakest and cardsFrom give', async () => {
    const log = open(stateWith(TRICKY.join('')));
    expect(log.notices).toEqual([]);
    expect(log.events).toEqual([]);
    expect(viewOf(log.index!)).toEqual(await expected(TRICKY.join('')));
  });

  // Without C's answer dated before the others, a cut before A's rating is carried on from the snapshot.
  const inOrder = TRICKY.filter((l) => !l.includes('"id":"C:a0"'));
  it.for([
    ['every line', TRICKY],
    ['the lines in time order', inOrder],
  ] as const)('%s, cut after any line, saved, then carried on with the rest: the same as folding it whole', async ([, lines]) => {
    const whole = await expected(lines.join(''));
    for (let k = 1; k < lines.length; k++) {
      const dir = stateWith(lines.slice(0, k).join(''));
      expect(viewOf(open(dir).index!), `cut after ${k}`).toEqual(await expected(lines.slice(0, k).join('')));
      expect(existsSync(join(dir, INDEX_FILE)), `cut after ${k}`).toBe(true);
      appendFileSync(join(dir, LOG_FILE), lines.slice(k).join(''));
      expect(viewOf(open(dir).index!), `cut after ${k}`).toEqual(whole);
    }
  });

  it('ids this program does not write are folded as the reader keeps them (every id checked), and no snapshot is saved', async () => {
    const odd = [
      ...TRICKY,
      // The same question of an attempt answered again under another id: the first answer counts.
      line(answerEvent('B', 2, at(11), { id: 'B:a2-again', key: 'q/two', points: 1 })),
      // Another attempt's line under an id already read: dropped, as the reader drops it.
      line({ ...endEvent('D', at(11), 0, 1), id: 'A:end' }),
      line({ ...answerEvent('E', 0, at(12)), id: 'x' }),
    ].join('');
    const dir = stateWith(odd);
    expect(viewOf(open(dir).index!)).toEqual(await expected(odd));
    expect(existsSync(join(dir, INDEX_FILE))).toBe(false);
  });
});

describe('the snapshot', () => {
  function bigLog(attempts: number): string {
    const dir = mkdtempSync(join(tmpdir(), 'lm-index-'));
    // About 4.3 KB an attempt.
    writeHistoryLog(join(dir, LOG_FILE), attempts * 4000);
    return dir;
  }

  it('a later run folds and schedules only the lines appended since', async () => {
    const dir = bigLog(200);
    const first = open(dir).index!;
    const lines = readFileSync(join(dir, LOG_FILE), 'utf8').split('\n').length - 1;
    expect(first.folded).toBe(lines);
    const attempt = [startEvent('new', at(0)), ...Array.from({ length: 10 }, (_, i) => answerEvent('new', i, at(i + 1))), endEvent('new', at(20), 10, 10)];
    appendFileSync(join(dir, LOG_FILE), attempt.map(line).join(''));
    replayed = 0;
    const later = open(dir).index!;
    expect(later.folded).toBe(12);
    expect(replayed).toBe(10);
    expect(viewOf(later)).toEqual(await expected(readFileSync(join(dir, LOG_FILE), 'utf8')));
    // Nothing appended: nothing folded, nothing scheduled.
    replayed = 0;
    expect(open(dir).index!.folded).toBe(0);
    expect(replayed).toBe(0);
  });

  const damages: [string, (dir: string) => void][] = [
    ['the log edited in the middle (same length)', (dir) => {
      const text = readFileSync(join(dir, LOG_FILE), 'utf8');
      const i = text.indexOf('"points":1,"verdict":"right"', text.length / 2);
      writeFileSync(join(dir, LOG_FILE), `${text.slice(0, i)}"points":0,"verdict":"wrong"${text.slice(i + 28)}`);
    }],
    ['the log truncated to fewer lines', (dir) => {
      const text = readFileSync(join(dir, LOG_FILE), 'utf8');
      truncateSync(join(dir, LOG_FILE), text.lastIndexOf('\n', text.length / 2) + 1);
    }],
    ['the log replaced by a longer one', (dir) => writeHistoryLog(join(dir, LOG_FILE), 1.5e6, Date.parse('2025-01-01T00:00:00Z'))],
    ['the snapshot with a byte changed', (dir) => {
      const bytes = readFileSync(join(dir, INDEX_FILE));
      bytes[bytes.length - 10]! ^= 1;
      writeFileSync(join(dir, INDEX_FILE), bytes);
    }],
    ['the snapshot cut short', (dir) => truncateSync(join(dir, INDEX_FILE), 300)],
    ['the snapshot garbage', (dir) => writeFileSync(join(dir, INDEX_FILE), '\u0000\u0001 not json\n{')],
    ['the snapshot from another version', (dir) => {
      const text = readFileSync(join(dir, INDEX_FILE), 'utf8');
      writeFileSync(join(dir, INDEX_FILE), text.replace(/"program":"[^"]*"/, '"program":"0.0.0-other"'));
    }],
    ['the snapshot a consistent-looking body with bad fields', (dir) => {
      const text = readFileSync(join(dir, INDEX_FILE), 'utf8');
      const end = text.indexOf('\n');
      const header = JSON.parse(text.slice(0, end));
      const body = JSON.stringify({ answers: -1, attempts: { ids: [1], offsets: [], answered: [], points: [], ends: [] } });
      header.body = { bytes: Buffer.byteLength(body), sha256: createHash('sha256').update(body).digest('hex') };
      writeFileSync(join(dir, INDEX_FILE), `${JSON.stringify(header)}\n${body}`);
    }],
  ];

  it.for(damages)('%s: ignored, the log folded afresh, the figures right', async ([, damage]) => {
    const dir = bigLog(300);
    open(dir);
    damage(dir);
    const log = open(dir);
    expect(log.notices).toEqual([]);
    expect(log.index!.folded).toBe(readFileSync(join(dir, LOG_FILE), 'utf8').split('\n').length - 1);
    expect(viewOf(log.index!)).toEqual(await expected(readFileSync(join(dir, LOG_FILE), 'utf8')));
    // A new snapshot replaces it: the next run folds nothing.
    expect(open(dir).index!.folded).toBe(0);
  });

  it('a reset removes it', () => {
    const dir = bigLog(20);
    const log = open(dir);
    expect(existsSync(join(dir, INDEX_FILE))).toBe(true);
    expect(log.rewrite(() => false, 'before-reset', now)).toMatchObject({ removed: expect.any(Number) });
    expect(existsSync(join(dir, INDEX_FILE))).toBe(false);
    expect(open(dir).index!.answers).toBe(0);
  });

  it('one that cannot be written (a directory in its place) changes nothing: no notice, no temporary left', async () => {
    const dir = bigLog(20);
    mkdirSync(join(dir, INDEX_FILE));
    const log = open(dir);
    expect(log.notices).toEqual([]);
    expect(viewOf(log.index!)).toEqual(await expected(readFileSync(join(dir, LOG_FILE), 'utf8')));
    expect(readdirSync(dir).sort()).toEqual([INDEX_FILE, LOG_FILE]);
  });

  it('a FIFO in its place is not read (no hang) and is replaced by the index', async () => {
    const dir = bigLog(20);
    execFileSync('mkfifo', [join(dir, INDEX_FILE)]);
    const log = open(dir);
    expect(log.notices).toEqual([]);
    expect(viewOf(log.index!)).toEqual(await expected(readFileSync(join(dir, LOG_FILE), 'utf8')));
    expect(statSync(join(dir, INDEX_FILE)).isFile()).toBe(true);
  });

  it('a torn last line after the snapshot is repaired, and the fold is of the repaired log', async () => {
    const dir = bigLog(20);
    open(dir);
    appendFileSync(join(dir, LOG_FILE), `${line(startEvent('late', at(30)))}{"v":1,"id":"torn`);
    const log = open(dir);
    expect(log.notices).toEqual([{ kind: 'torn' }]);
    expect(viewOf(log.index!)).toEqual(await expected(readFileSync(join(dir, LOG_FILE), 'utf8')));
    expect([...log.index!.scores()].at(-1)!.id).toBe('late');
  });
});

describe('the quiz that only appends', () => {
  it('checks only the lines after the prefix a snapshot vouches for, and still finds damage there or an edit before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-index-'));
    writeHistoryLog(join(dir, LOG_FILE), 2e5);
    open(dir);
    appendFileSync(join(dir, LOG_FILE), '{"v":1,"damaged\n');
    appendFileSync(join(dir, LOG_FILE), line(startEvent('z', at(0))));
    const tail = QuizLog.open(dir, now, { keepEvents: false });
    expect(tail.notices).toMatchObject([{ kind: 'damaged', count: 1 }]);
    // An edit inside the vouched prefix: the snapshot no longer vouches, the whole log is checked.
    const other = mkdtempSync(join(tmpdir(), 'lm-index-'));
    writeHistoryLog(join(other, LOG_FILE), 2e5);
    open(other);
    const text = readFileSync(join(other, LOG_FILE), 'utf8');
    writeFileSync(join(other, LOG_FILE), `${text.slice(0, 100)}{"v":1,"damaged\n${text.slice(100 + 17)}`);
    expect(QuizLog.open(other, now, { keepEvents: false }).notices).toMatchObject([{ kind: 'damaged' }]);
  });
});

describe('history reads again only the attempts it shows', () => {
  it('the events of the last attempts, from the first line of the earliest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-index-'));
    writeHistoryLog(join(dir, LOG_FILE), 3e5);
    const index = open(dir).index!;
    const last = [...index.scores()].slice(-2);
    const events = eventsOf(join(dir, LOG_FILE), new Set(last.map((a) => a.id)), last[0]!.offset);
    const all = parseLogText(readFileSync(join(dir, LOG_FILE), 'utf8')).events;
    expect(events).toEqual(all.filter((e) => e.attempt === last[0]!.id || e.attempt === last[1]!.id));
    expect(events).toHaveLength(24);
  });
});
