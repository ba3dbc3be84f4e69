/**
 * The history at scale (issue #20, item 5): reading streams the file and
 * gives what reading it whole gave, across chunk boundaries; the statistics
 * are linear in the answers (they copied a growing list per answer).
 */
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeHistoryLog } from '../../scripts/bench/history-log.mjs';
import { cardsFrom } from '../../src/state/cards.js';
import { readLogFile } from '../../src/state/log-stream.js';
import { parseLogText } from '../../src/state/log-text.js';
import type { AnswerEvent } from '../../src/state/quiz-events.js';
import { accuracyBy, answersOf, attemptsOf, weakest } from '../../src/state/quiz-history.js';
import { QuizLog } from '../../src/state/quiz-log.js';

describe('reading a large log as a stream', () => {
  it('gives the events, damage and torn line that reading it whole gives (3 MB: lines cross chunk boundaries)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-history-'));
    const file = join(dir, 'quiz-log.jsonl');
    const attempts = writeHistoryLog(file, 3e6);
    appendFileSync(file, '{"v":1,"damaged\n{"v":1,"id":"x:end","attempt":"x","at":"2026-01-01T00:00:00Z","kind":"end","status":"finished","points":1,"max":1,"passed":true}\n{"v":1,"id":"torn');
    const whole = parseLogText(readFileSync(file, 'utf8'));
    const streamed = readLogFile(file);
    expect(streamed.events).toEqual(whole.events);
    expect({ torn: streamed.torn, damaged: streamed.damaged }).toEqual({ torn: true, damaged: 1 });
    expect(attemptsOf(streamed.events)).toHaveLength(attempts + 1);
    const checked = readLogFile(file, { keepEvents: false });
    expect({ events: checked.events.length, torn: checked.torn, damaged: checked.damaged }).toEqual({ events: 0, torn: true, damaged: 1 });
  });

  it('a quiz that only appends reads the log without keeping it, and still repairs it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-history-'));
    writeHistoryLog(join(dir, 'quiz-log.jsonl'), 1e5);
    appendFileSync(join(dir, 'quiz-log.jsonl'), '{"v":1,"id":"torn');
    const log = QuizLog.open(dir, new Date(), { keepEvents: false });
    expect(log.events).toEqual([]);
    expect(log.notices).toEqual([{ kind: 'torn' }]);
    expect(readFileSync(join(dir, 'quiz-log.jsonl'), 'utf8').endsWith('}\n')).toBe(true);
  });
});

describe('statistics over many answers to one question', () => {
  const answers: AnswerEvent[] = Array.from({ length: 60_000 }, (_, i) => ({
    v: 1,
    id: `a:${i}`,
    attempt: `a${i}`,
    at: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
    kind: 'answer',
    index: 0,
    key: 'q/one',
    type: 'single',
    topic: 'stages',
    response: { type: 'single', choice: 0 },
    points: i % 2,
    verdict: i % 2 ? 'right' : 'wrong',
    ms: 1000,
    rating: i % 2 ? 3 : 1,
  }));

  it('accuracy, weakest and answers are linear (60,000 answers of one question: quadratic copies before)', () => {
    expect(answersOf(answers)).toHaveLength(60_000);
    expect(accuracyBy(answers, 'topic')).toEqual([{ name: 'stages', answers: 60_000, percent: 50 }]);
    expect(accuracyBy(answers, 'type')).toEqual([{ name: 'single', answers: 60_000, percent: 50 }]);
    expect(weakest(answers, 5)).toEqual([{ name: 'q/one', answers: 60_000, percent: 50, last: 1 }]);
  });

  it('the card is replayed from every review', async () => {
    const [card] = await cardsFrom(answers.slice(0, 20_000));
    expect(card).toMatchObject({ key: 'q/one', reps: 20_000 });
  });
});
