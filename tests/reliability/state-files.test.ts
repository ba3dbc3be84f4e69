/**
 * Damaged state files, both of them (quiz-log.jsonl and progress.json):
 * corrupt, truncated, empty, binary and from a future version, met by the
 * built binaries. Every command still runs (exit 0) with at most one warning
 * line; whatever can be read is kept; a damaged file is moved aside, never
 * deleted; a future-version file is left byte for byte as it was. Then
 * properties in-process: any truncation or byte damage of a real log keeps
 * every line it did not touch, and no text at all makes the readers throw.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseProgress, ProgressStore } from '../../src/state/progress.js';
import { attemptsOf } from '../../src/state/quiz-history.js';
import { QuizLog } from '../../src/state/quiz-log.js';
import { ROOT, runBin, tempStateDir } from '../helpers/run-bin.js';

const QUIZ_PACK = join(ROOT, 'tests', 'fixtures', 'quiz-pack');
const READER_PACK = join(ROOT, 'tests', 'fixtures', 'reader');
const LOG = 'quiz-log.jsonl';
const PROGRESS = 'progress.json';
const NOW = new Date('2026-06-01T00:00:00Z');

let answers = '';
let goodLog = '';
let goodProgress = '';

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'lm-state-files-'));
  answers = join(dir, 'answers.json');
  writeFileSync(answers, '{}');
  const state = tempStateDir();
  for (const seed of ['g1', 'g2', 'g3']) expect(runBin('lm-quiz', ['numbers', '--pack', QUIZ_PACK, '--answers', answers, '--seed', seed], { stateDir: state }).code).toBe(0);
  goodLog = readFileSync(join(state, LOG), 'utf8');
  for (const args of [['show', 'basics'], ['show', 'stages']]) expect(runBin('lm-explain', [...args, '--pack', READER_PACK, '--no-pager'], { stateDir: state }).code).toBe(0);
  goodProgress = readFileSync(join(state, PROGRESS), 'utf8');
});

const binary = () => Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 131 + 7) % 256));

/** Damage of each kind, as the file's new bytes, from the good file. */
const DAMAGE: Record<string, (good: string) => Buffer | string> = {
  corrupt: (good) => good.split('\n').map((l, i) => (i === 1 ? `${l.slice(0, 20)}#garbage` : l)).join('\n'),
  truncated: (good) => good.slice(0, Math.floor(good.length * 0.6)),
  empty: () => '',
  binary: () => binary(),
  'future version': (good) => (good.startsWith('{"v"') ? `${good}{"v":7,"kind":"hologram","id":"x"}\n` : good.replace('"version": 1', '"version": 7')),
};

function stateWith(file: string, content: Buffer | string): string {
  const state = tempStateDir();
  writeFileSync(join(state, file), content);
  return state;
}

describe('a damaged quiz log, met by lm-quiz', () => {
  it.each(Object.keys(DAMAGE))('%s: every command runs, one warning at most, nothing readable lost', (kind) => {
    const damaged = DAMAGE[kind]!(goodLog);
    const state = stateWith(LOG, damaged);
    const keep = kind === 'empty' || kind === 'binary' ? 0 : attemptsOf(QuizLog.open(stateWith(LOG, damaged), NOW).events).length;
    const runs = [
      runBin('lm-quiz', ['numbers', '--pack', QUIZ_PACK, '--answers', answers, '--json', '--seed', 'after'], { stateDir: state }),
      runBin('lm-quiz', ['history', '--pack', QUIZ_PACK], { stateDir: state }),
      runBin('lm-quiz', ['stats', '--pack', QUIZ_PACK], { stateDir: state }),
    ];
    const future = kind === 'future version';
    runs.forEach((r, i) => {
      expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
      // A newer log cannot be shown: history and stats say so and exit 2 (unreadable input); the quiz itself runs.
      if (future && i > 0) {
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/newer lm-quiz \(format 7\)[^]*\nlm-quiz: the quiz history cannot be used \(see above\)\n$/);
        return;
      }
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr.trim().split('\n').filter(Boolean).length, r.stderr).toBeLessThanOrEqual(1);
    });
    const files = readdirSync(state);
    if (future) {
      expect(readFileSync(join(state, LOG))).toEqual(Buffer.from(damaged));
      expect(files).toEqual([LOG]);
      expect(runs[0]!.stderr).toMatch(/newer lm-quiz \(format 7\); it is left untouched/);
      expect(JSON.parse(runs[0]!.stdout).saved).toBe(false);
    } else {
      expect(JSON.parse(runs[0]!.stdout).saved).toBe(true);
      const after = QuizLog.open(state, NOW);
      expect(after.notices).toEqual([]);
      expect(attemptsOf(after.events).length).toBe(keep + 1);
      if (kind === 'corrupt' || kind === 'binary') {
        const aside = files.filter((f) => f.startsWith(`${LOG}.corrupt-`));
        expect(aside).toHaveLength(1);
        expect(readFileSync(join(state, aside[0]!))).toEqual(Buffer.from(damaged));
      }
    }
    if (kind === 'corrupt') expect(keep).toBe(3);
    if (kind === 'truncated') expect(keep).toBeGreaterThanOrEqual(1);
  });
});

describe('a damaged progress file, met by lm-explain', () => {
  it.each(Object.keys(DAMAGE))('%s: every command runs, one warning at most', (kind) => {
    const damaged = DAMAGE[kind]!(goodProgress);
    const state = stateWith(PROGRESS, damaged);
    const runs = [[], ['list'], ['next'], ['show', 'models'], ['resume']].map((args) => runBin('lm-explain', [...args, '--pack', READER_PACK, '--no-pager'], { stateDir: state }));
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
    }
    const warnings = runs.flatMap((r) => r.stderr.trim().split('\n').filter(Boolean));
    const files = readdirSync(state).sort();
    if (kind === 'future version') {
      // Regression: it was taken for a damaged file, moved aside and replaced.
      expect(readFileSync(join(state, PROGRESS), 'utf8')).toBe(damaged);
      expect(files).toEqual([PROGRESS]);
      expect(warnings).toHaveLength(runs.length);
      expect(warnings[0]).toMatch(/written by a newer lm-explain \(format 7\); it is left as it is, and progress is not saved$/);
    } else {
      expect(warnings.length).toBeLessThanOrEqual(1);
      if (kind !== 'truncated' || damaged !== '') expect(JSON.parse(readFileSync(join(state, PROGRESS), 'utf8')).version).toBe(1);
      if (kind !== 'empty' || damaged !== '') expect(files.filter((f) => f.startsWith(`${PROGRESS}.corrupt-`)).length).toBeLessThanOrEqual(1);
    }
  });
});

describe('properties of the readers', () => {
  it('a log cut at any byte keeps every line that ended before the cut', () => {
    fc.assert(
      fc.property(fc.nat({ max: goodLog.length }), (cut) => {
        const text = goodLog.slice(0, cut);
        const state = stateWith(LOG, text);
        const log = QuizLog.open(state, NOW);
        const whole = text.split('\n').slice(0, -1).length;
        expect(log.refused).toBeUndefined();
        expect(log.events.length).toBeGreaterThanOrEqual(whole);
        expect(QuizLog.open(state, NOW).notices).toEqual([]);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('byte damage anywhere costs at most the lines it touches', () => {
    const lines = goodLog.split('\n').filter(Boolean).length;
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat({ max: goodLog.length - 1 }), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 4 }), (hits) => {
        const bytes = Buffer.from(goodLog);
        for (const { at, byte } of hits) bytes[at] = byte;
        const log = QuizLog.open(stateWith(LOG, bytes), NOW);
        if (log.refused) return; // a hit turned a version number into a newer one: refused, untouched
        expect(log.events.length).toBeGreaterThanOrEqual(lines - 2 * hits.length);
      }),
      { numRuns: 150, seed: 8 },
    );
  });

  it('no text makes the progress reader throw, and a file it cannot use is never lost', () => {
    const messages = { unreadable: () => 'u', corrupt: () => 'c', unwritable: () => 'w', newer: () => 'n' };
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constantFrom(goodProgress, goodProgress.slice(0, 30), '{"version":1,"packs":{"__proto__":{"read":[]}}}')), (text) => {
        expect(() => parseProgress(text)).not.toThrow();
        const state = stateWith(PROGRESS, text);
        const store = ProgressStore.open(state, 'reader-fixture', { now: () => NOW, warn: () => {}, messages });
        store.shown('basics', true);
        const kept = readdirSync(state).map((f) => readFileSync(join(state, f), 'utf8'));
        if (parseProgress(text) === undefined) expect(kept).toContain(text);
        else expect(JSON.parse(readFileSync(join(state, 'progress.json'), 'utf8')).packs['reader-fixture'].last).toBe('basics');
      }),
      { numRuns: 200, seed: 9 },
    );
  });
});
