import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendLine } from '../../src/state/append-line.js';
import { LOG_FILE, QuizLog } from '../../src/state/quiz-log.js';
import { answerEvent, startEvent } from './events.js';

const NOW = new Date('2026-03-01T12:00:00Z');
const dir = () => mkdtempSync(join(tmpdir(), 'lm-log-'));
const line = (e: object) => `${JSON.stringify(e)}\n`;

describe('QuizLog', () => {
  it('starts empty when there is no log, and creates the directory on the first save', () => {
    const d = join(dir(), 'nested', 'state');
    const log = QuizLog.open(d, NOW);
    expect(log.events).toEqual([]);
    expect(log.notices).toEqual([]);
    expect(log.append(startEvent('t1', '2026-03-01T12:00:00Z'))).toBe(true);
    expect(log.append(answerEvent('t1', 0, '2026-03-01T12:00:03Z'))).toBe(true);
    expect(QuizLog.open(d, NOW).events.map((e) => e.id)).toEqual(['t1:start', 't1:a0']);
  });

  it('ends every line with a line feed, one event per line', () => {
    const d = dir();
    const log = QuizLog.open(d, NOW);
    log.append(startEvent('t1', '2026-03-01T12:00:00Z'));
    log.append(answerEvent('t1', 0, '2026-03-01T12:00:03Z'));
    const text = readFileSync(join(d, LOG_FILE), 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n').filter(Boolean).map((l) => JSON.parse(l).id)).toEqual(['t1:start', 't1:a0']);
  });

  it('drops a torn last line, reports it, and saves the next answer cleanly', () => {
    const d = dir();
    const good = line(startEvent('t1', '2026-03-01T12:00:00Z'));
    writeFileSync(join(d, LOG_FILE), `${good}${line(answerEvent('t1', 0, '2026-03-01T12:00:01Z')).slice(0, 40)}`);
    const log = QuizLog.open(d, NOW);
    expect(log.notices).toEqual([{ kind: 'torn' }]);
    expect(log.events).toHaveLength(1);
    log.append(answerEvent('t1', 1, '2026-03-01T12:00:09Z'));
    const again = QuizLog.open(d, NOW);
    expect(again.notices).toEqual([]);
    expect(again.events.map((e) => e.id)).toEqual(['t1:start', 't1:a1']);
  });

  it('moves a damaged log aside, keeping every readable line in the live log', () => {
    const d = dir();
    const text = `${line(startEvent('t1', '2026-03-01T12:00:00Z'))}not json at all\n${line(answerEvent('t1', 0, '2026-03-01T12:00:01Z'))}`;
    writeFileSync(join(d, LOG_FILE), text);
    const log = QuizLog.open(d, NOW);
    expect(log.notices).toHaveLength(1);
    const notice = log.notices[0]!;
    expect(notice).toMatchObject({ kind: 'damaged', count: 1, kept: 2 });
    expect(notice.kind === 'damaged' && readFileSync(notice.aside, 'utf8')).toBe(text);
    expect(log.events).toHaveLength(2);
    const again = QuizLog.open(d, NOW);
    expect(again.notices).toEqual([]);
    expect(again.events.map((e) => e.id)).toEqual(['t1:start', 't1:a0']);
  });

  it('a crash-torn line followed by later appends is repaired on the next open', () => {
    const d = dir();
    const file = join(d, LOG_FILE);
    writeFileSync(file, `${line(startEvent('t1', '2026-03-01T12:00:00Z'))}{"v":1,"kind":"ans`);
    appendLine(file, JSON.stringify(answerEvent('t1', 1, '2026-03-01T12:00:09Z')));
    const log = QuizLog.open(d, NOW);
    expect(log.events.map((e) => e.id)).toEqual(['t1:start', 't1:a1']);
    expect(log.notices[0]).toMatchObject({ kind: 'damaged', count: 1 });
  });

  it('refuses a log from a newer version and never writes to it', () => {
    const d = dir();
    const text = `${line(startEvent('t1', '2026-03-01T12:00:00Z'))}{"v":2,"kind":"something-new"}\n`;
    writeFileSync(join(d, LOG_FILE), text);
    const log = QuizLog.open(d, NOW);
    expect(log.refused).toMatchObject({ kind: 'newer', version: 2 });
    expect(log.isSaving).toBe(false);
    expect(log.append(answerEvent('t1', 0, '2026-03-01T12:00:01Z'))).toBe(false);
    expect(readFileSync(join(d, LOG_FILE), 'utf8')).toBe(text);
    expect(readdirSync(d)).toEqual([LOG_FILE]);
  });

  it('turns saving off, with a notice, when the directory cannot be written', () => {
    const blocker = join(dir(), 'a-file');
    writeFileSync(blocker, 'not a directory');
    const log = QuizLog.open(join(blocker, 'state'), NOW);
    expect(log.append(startEvent('t1', '2026-03-01T12:00:00Z'))).toBe(false);
    expect(log.isSaving).toBe(false);
    expect(log.notices[0]).toMatchObject({ kind: 'unsaved', code: 'ENOTDIR' });
    expect(log.append(answerEvent('t1', 0, '2026-03-01T12:00:01Z'))).toBe(false);
    expect(log.notices).toHaveLength(1);
  });

  it('reports a log it cannot read and does not write to it', () => {
    const d = dir();
    const file = join(d, LOG_FILE);
    // A directory where the log should be: EISDIR on read.
    mkdirSync(file);
    const log = QuizLog.open(d, NOW);
    expect(log.refused).toMatchObject({ kind: 'unreadable', code: 'EISDIR' });
    expect(log.isSaving).toBe(false);
  });

  it('rewrite keeps a copy and carries lines over', () => {
    const d = dir();
    const log = QuizLog.open(d, NOW);
    log.append(startEvent('t1', '2026-03-01T12:00:00Z'));
    log.append(answerEvent('t1', 0, '2026-03-01T12:00:01Z', { topic: 'other' }));
    log.append(answerEvent('t1', 1, '2026-03-01T12:00:02Z'));
    const result = log.rewrite(({ event }) => event?.kind !== 'answer' || event.topic !== 'other', 'before-reset', NOW);
    if (!('removed' in result)) throw new Error(`not rewritten: ${JSON.stringify(result)}`);
    expect(result.removed).toBe(1);
    expect(existsSync(result.backup!)).toBe(true);
    expect(QuizLog.open(d, NOW).events.map((e) => e.id)).toEqual(['t1:start', 't1:a1']);
    expect(log.events.map((e) => e.id)).toEqual(['t1:start', 't1:a1']);
  });
});
