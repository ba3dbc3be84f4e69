/**
 * `lm-quiz --answers --json` saves its attempt in one go before it reports;
 * the history it leaves is the one the transcript mode leaves, event for event.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QuizLog } from '../../src/state/quiz-log.js';
import { ROOT, runBin, tempStateDir } from '../helpers/run-bin.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const PACK = join(ROOT, 'tests', 'fixtures', 'quiz-pack');

function answersFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'lm-answers-')), 'answers.json');
  writeFileSync(file, JSON.stringify({ assigns: 'A probability', 'statistical-first': true, history: [0, 1, 2] }));
  return file;
}

/** The events without what differs from run to run (attempt ids and times). */
function shape(state: string) {
  return QuizLog.open(state, new Date()).events.map(({ id, attempt: _a, at: _t, ...rest }) => ({ id: id.replace(/^[^:]*:/, ''), ...rest, ...('ms' in rest ? { ms: 0 } : {}) }));
}

describe('lm-quiz --answers --json history', () => {
  it('is saved whole, as the transcript mode saves it', () => {
    const answers = answersFile();
    const jsonState = tempStateDir();
    const textState = tempStateDir();
    const json = runBin('lm-quiz', ['--pack', PACK, 'all', '--answers', answers, '--json', '--seed', 's'], { stateDir: jsonState });
    const text = runBin('lm-quiz', ['--pack', PACK, 'all', '--answers', answers, '--seed', 's'], { stateDir: textState });
    expect([json.code, json.stderr, text.code]).toEqual([0, '', 0]);
    expect(JSON.parse(json.stdout).saved).toBe(true);
    const events = shape(jsonState);
    expect(events.map((e) => e.kind)).toEqual(['start', ...Array(6).fill('answer'), 'end']);
    expect(events).toEqual(shape(textState));
  });

  it('says it was not saved when the state directory cannot be written, and still reports', () => {
    const blocked = mkdtempSync(join(tmpdir(), 'lm-blocked-'));
    writeFileSync(join(blocked, 'file'), 'x');
    const r = runBin('lm-quiz', ['--pack', PACK, 'all', '--answers', answersFile(), '--json', '--seed', 's'], { stateDir: join(blocked, 'file', 'state') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).saved).toBe(false);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
