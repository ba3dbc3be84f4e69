import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendLine, appendLines } from '../../src/state/append-line.js';
import { LOG_FILE, QuizLog } from '../../src/state/quiz-log.js';
import { answerEvent, startEvent } from './events.js';

const NOW = new Date('2026-03-01T12:00:00Z');
const dir = () => mkdtempSync(join(tmpdir(), 'lm-lines-'));

describe('appendLines', () => {
  it('writes what appending the lines one by one writes', () => {
    const a = join(dir(), 'log');
    const b = join(dir(), 'log');
    for (const f of [a, b]) writeFileSync(f, 'torn');
    appendLines(a, ['one', 'two', 'three']);
    for (const line of ['one', 'two', 'three']) appendLine(b, line);
    expect(readFileSync(a, 'utf8')).toBe('torn\none\ntwo\nthree\n');
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  });

  it('refuses a line break inside a line, and writes nothing for no lines', () => {
    const f = join(dir(), 'log');
    expect(() => appendLines(f, ['ok', 'not\nok'])).toThrow(/line break/);
    appendLines(f, []);
    expect(() => readFileSync(f)).toThrow();
  });
});

describe('QuizLog.appendAll', () => {
  it('saves several events at once, read back as if appended one by one', () => {
    const d = dir();
    const log = QuizLog.open(d, NOW);
    const events = [startEvent('t1', '2026-03-01T12:00:00Z'), answerEvent('t1', 0, '2026-03-01T12:00:03Z'), answerEvent('t1', 1, '2026-03-01T12:00:04Z')];
    expect(log.appendAll(events)).toBe(true);
    expect(log.events.map((e) => e.id)).toEqual(['t1:start', 't1:a0', 't1:a1']);
    expect(QuizLog.open(d, NOW).events).toEqual(events);
    expect(readFileSync(join(d, LOG_FILE), 'utf8').split('\n')).toHaveLength(4);
  });

  it('reports a log it cannot write, once, and keeps nothing', () => {
    const d = dir();
    writeFileSync(join(d, 'file'), 'not a directory');
    const log = QuizLog.open(join(d, 'file', 'state'), NOW);
    expect(log.appendAll([startEvent('t1', '2026-03-01T12:00:00Z')])).toBe(false);
    expect(log.appendAll([startEvent('t2', '2026-03-01T12:00:00Z')])).toBe(false);
    expect(log.notices.filter((n) => n.kind === 'unsaved')).toHaveLength(1);
    expect(log.events).toEqual([]);
  });
});
