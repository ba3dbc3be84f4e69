/**
 * `stats` and `history` read the log through its snapshot (issue #20, item
 * 5): what they print is the same with a snapshot, without one, and after
 * answers are appended to a log that has one.
 */
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeHistoryLog } from '../../../scripts/bench/history-log.mjs';
import { history } from '../../../src/quiz/commands/history.js';
import { stats } from '../../../src/quiz/commands/stats.js';
import { INDEX_FILE } from '../../../src/state/history-snapshot.js';
import { LOG_FILE } from '../../../src/state/quiz-log.js';
import { memoryIo } from '../../helpers/io.js';
import { answerEvent, endEvent, startEvent } from '../../state/events.js';

const PACK = join(import.meta.dirname, '..', '..', 'fixtures', 'quiz-pack');

/** Everything stats and history print, in both languages, as text and JSON; `fresh`: each with no snapshot. */
async function outputs(state: string, fresh = false): Promise<string[]> {
  const runs: string[] = [];
  for (const lang of ['en', 'zh']) {
    for (const [command, opts] of [
      [stats, {}],
      [stats, { json: true }],
      [history, {}],
      [history, { json: true, count: 3 }],
      [history, { count: 1000 }],
    ] as const) {
      if (fresh) rmSync(join(state, INDEX_FILE), { force: true });
      const io = memoryIo({ env: { LM_STATE_DIR: state, NO_COLOR: '1' } });
      expect(await command({ pack: PACK, lang, ...opts }, io)).toBe(0);
      expect(io.err()).toBe('');
      runs.push(io.out());
    }
  }
  return runs;
}

function stateWithLog(from?: string): string {
  const state = mkdtempSync(join(tmpdir(), 'lm-state-'));
  if (from) copyFileSync(join(from, LOG_FILE), join(state, LOG_FILE));
  else writeHistoryLog(join(state, LOG_FILE), 4e5);
  return state;
}

describe('stats and history through the snapshot', () => {
  it('print the same without a snapshot, with one, and after answers are appended', async () => {
    const state = stateWithLog();
    const fresh = await outputs(state, true);
    await stats({ pack: PACK }, memoryIo({ env: { LM_STATE_DIR: state } }));
    expect(existsSync(join(state, INDEX_FILE))).toBe(true);
    expect(fresh[0]).toMatch(/^\d+ attempts, \d+ answers/);
    expect(await outputs(state)).toEqual(fresh);

    const at = (s: number) => new Date(Date.parse('2026-11-28T09:00:00Z') + s * 1000).toISOString();
    const attempt = [
      startEvent('late', at(0), ['basics', 'numbers']),
      answerEvent('late', 0, at(5), { key: 'basics/assigns', points: 0, verdict: 'wrong', rating: 1 }),
      answerEvent('late', 1, at(9), { key: 'numbers/gpt3-size', topic: 'numbers', type: 'numeric', response: { type: 'numeric', value: 175e9 } }),
      endEvent('late', at(10), 1, 2),
    ];
    appendFileSync(join(state, LOG_FILE), attempt.map((e) => `${JSON.stringify(e)}\n`).join(''));
    const carried = await outputs(state);
    expect(carried).not.toEqual(fresh);
    expect(carried).toEqual(await outputs(stateWithLog(state), true));
  });
});
