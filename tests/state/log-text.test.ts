import { describe, expect, it } from 'vitest';
import { parseLogText } from '../../src/state/log-text.js';
import { answerEvent, startEvent } from './events.js';

const a = JSON.stringify(startEvent('t1', '2026-01-01T10:00:00Z'));
const b = JSON.stringify(answerEvent('t1', 0, '2026-01-01T10:00:05Z'));

describe('parseLogText', () => {
  it('reads every event of a clean log', () => {
    const r = parseLogText(`${a}\n${b}\n`);
    expect(r).toMatchObject({ torn: false, damaged: 0, newer: undefined });
    expect(r.events.map((e) => e.id)).toEqual(['t1:start', 't1:a0']);
  });

  it('drops a torn last line and says so', () => {
    const r = parseLogText(`${a}\n${b.slice(0, 30)}`);
    expect(r).toMatchObject({ torn: true, damaged: 0 });
    expect(r.events).toHaveLength(1);
  });

  it('counts damaged lines in the middle and keeps the rest', () => {
    const r = parseLogText(`${a}\n{"v":1,"kind\n\u0000\u0000garbage\n${b}\n`);
    expect(r).toMatchObject({ torn: false, damaged: 2 });
    expect(r.events.map((e) => e.id)).toEqual(['t1:start', 't1:a0']);
  });

  it('reads a line written twice once', () => {
    expect(parseLogText(`${a}\n${b}\n${b}\n`).events).toHaveLength(2);
  });

  it('flags a newer format version', () => {
    expect(parseLogText(`${a}\n{"v":2,"kind":"answer"}\n`).newer).toBe(2);
  });

  it('keeps valid lines of kinds it does not know, without using them', () => {
    const r = parseLogText(`{"v":1,"id":"x","attempt":"t","at":"2026-01-01T00:00:00Z","kind":"note"}\n${a}\n`);
    expect(r.lines).toHaveLength(2);
    expect(r.events).toHaveLength(1);
    expect(r.damaged).toBe(0);
  });

  it('treats lines with missing fields as damaged', () => {
    expect(parseLogText(`{"v":1,"kind":"answer","id":"x","attempt":"t","at":"2026-01-01T00:00:00Z"}\n`).damaged).toBe(1);
    expect(parseLogText(`[1,2]\n"text"\n{"v":"1"}\n`).damaged).toBe(3);
  });
});
