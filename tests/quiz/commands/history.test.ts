import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { history } from '../../../src/quiz/commands/history.js';
import { reset } from '../../../src/quiz/commands/reset.js';
import { playPractice, playReview, review } from '../../../src/quiz/commands/review.js';
import { setup } from '../../../src/quiz/commands/setup.js';
import { loadReplay } from '../../../src/state/cards.js';
import { QuizLog } from '../../../src/state/quiz-log.js';
import { stats } from '../../../src/quiz/commands/stats.js';
import { UsageError } from '../../../src/errors.js';
import { packArgument } from '../../../src/text/pack-argument.js';
import { displayWidth } from '../../../src/text/width.js';
import { memoryIo } from '../../helpers/io.js';
import { tempStateDir } from '../../helpers/run-bin.js';
import { fakePrompter, rightAnswer } from './fake-prompter.js';

const PACK = join(import.meta.dirname, '..', '..', 'fixtures', 'quiz-pack');

/** A log with one finished attempt on 2026-11-20 (memoryIo's clock says 2026-11-29): two answers, one wrong. */
function seededState(): string {
  const state = tempStateDir();
  const at = (s: number) => new Date(Date.parse('2026-11-20T10:00:00Z') + s * 1000).toISOString();
  const base = { v: 1, attempt: 'a1' };
  const lines = [
    { ...base, id: 'a1:start', kind: 'start', at: at(0), mode: 'quiz', target: 'all', lang: 'en', seed: '77', plan: [{ key: 'basics/assigns', type: 'single', topic: 'basics', shown: [1, 0, 2] }, { key: 'numbers/gpt3-size', type: 'numeric', topic: 'numbers' }] },
    { ...base, id: 'a1:a0', kind: 'answer', at: at(5), index: 0, key: 'basics/assigns', type: 'single', topic: 'basics', response: { type: 'single', choice: 0 }, points: 1, verdict: 'right', ms: 5000, rating: 3 },
    { ...base, id: 'a1:a1', kind: 'answer', at: at(9), index: 1, key: 'numbers/gpt3-size', type: 'numeric', topic: 'numbers', response: { type: 'numeric', value: 1 }, points: 0, verdict: 'wrong', ms: 4000, rating: 1 },
    { ...base, id: 'a1:end', kind: 'end', at: at(10), status: 'finished', points: 1, max: 2, passed: false },
  ];
  writeFileSync(join(state, 'quiz-log.jsonl'), lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
  return state;
}

/** The log as the review and practice commands open it: folded, through its index. */
const opened = async (state: string, now: Date) => QuizLog.open(state, now, { index: await loadReplay() });

const io = (state: string, tty = false) => memoryIo({ tty, env: { LM_STATE_DIR: state, NO_COLOR: '1' } });

describe('lm-quiz history', () => {
  it('lists attempts with score, status and seed', async () => {
    const m = io(seededState());
    expect(await history({ pack: PACK, lang: 'en' }, m)).toBe(0);
    expect(m.out()).toMatch(/Attempts\n {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}Quiz practice course {2}1\/2 {2}50% {2}✗ finished {2}seed 77\n/);
  });

  it('as JSON, with the shown order of each question', async () => {
    const m = io(seededState());
    await history({ pack: PACK, json: true }, m);
    const [attempt] = JSON.parse(m.out());
    expect(attempt).toMatchObject({ id: 'a1', status: 'finished', points: 1, max: 2, seed: '77', passed: false });
    expect(attempt.questions[0]).toEqual({ key: 'basics/assigns', type: 'single', topic: 'basics', shown: [1, 0, 2] });
  });

  it('says so when there is none', async () => {
    const m = io(tempStateDir());
    await history({ pack: PACK, lang: 'zh' }, m);
    // Run with --pack, the command it names carries it, so that it runs on the same pack.
    expect(m.out()).toBe(`还没有做过测验。从这里开始：lm-quiz ${packArgument(PACK)}\n`);
  });
});

describe('lm-quiz stats', () => {
  it('accuracy, weakest questions, cards due, trend', async () => {
    const m = io(seededState());
    expect(await stats({ pack: PACK, lang: 'en' }, m)).toBe(0);
    const out = m.out();
    expect(out).toContain('1 attempt, 2 answers');
    expect(out).toMatch(/Basics +100% +#{20} +1×/);
    expect(out).toMatch(/Numbers +0% +1×/);
    expect(out).toContain('0%  How many parameters does GPT-3 have? (1×)');
    expect(out).toContain(`lm-explain --pack ${PACK} show basics#sizes`);
    expect(out).toMatch(/Scores over time\n {2}- {2}50% → 50%/);
    expect(out).toContain('Due for review now: 2  lm-quiz review');
  });

  it('at width 20, the due line wraps before its command, kept whole (it was one 35-column line)', async () => {
    for (const [lang, due] of [['en', 'Due for review\nnow: 2'], ['zh', '现在需要复习：2 道']] as const) {
      const m = io(seededState());
      expect(await stats({ pack: PACK, lang, width: 20 }, m)).toBe(0);
      expect(m.out()).toContain(`\n${due}\n  lm-quiz review\n`);
      // The weakest question's command, wider than the line, starts it rather than being pushed 10 columns in.
      expect(m.out()).toContain(`\nlm-explain --pack ${PACK} show basics#sizes\n`);
    }
  });

  it.each([20, 24, 30, 40, 60, 80])('fits %i columns in zh and en: the bars take the room left, a weakest question keeps its count whole', async (width) => {
    for (const lang of ['en', 'zh'] as const) {
      const m = io(seededState());
      expect(await stats({ pack: PACK, lang, width }, m)).toBe(0);
      const lines = m.out().split('\n');
      // A command wider than the line is alone on its line (the terminal wraps it); every other line fits.
      for (const line of lines.filter((l) => !/^(lm-explain|lm-quiz review)/.test(l.trim()))) expect(displayWidth(line), `${lang} ${width}: ${line}`).toBeLessThanOrEqual(width);
      expect(m.out()).toContain(lang === 'en' ? '(1×)' : '（1 次）');
      const basics = lines.find((line) => /^ {2}(Basics|基础)/.test(line))!;
      const cells = basics.match(/#+/)?.[0].length ?? 0;
      if (width >= 60) expect(cells).toBe(20);
      else if (width >= 30) expect(cells).toBeGreaterThanOrEqual(5);
      expect(cells).toBeLessThanOrEqual(20);
    }
  });

  it('as JSON', async () => {
    const m = io(seededState());
    await stats({ pack: PACK, json: true }, m);
    expect(JSON.parse(m.out())).toMatchObject({ attempts: 1, answers: 2, due: 2, dueKeys: ['numbers/gpt3-size', 'basics/assigns'], trend: [50] });
  });
});

describe('lm-quiz review', () => {
  it('needs a terminal', async () => {
    await expect(review({ pack: PACK }, io(seededState()))).rejects.toBeInstanceOf(UsageError);
  });

  it('plays the due questions, most overdue first, and saves them as a review', async () => {
    const state = seededState();
    const m = io(state, true);
    const s = setup({ pack: PACK, lang: 'en' }, m);
    const p = fakePrompter([{ answer: rightAnswer }, { next: 'next' }, { answer: rightAnswer }, { next: 'next' }]);
    expect(await playReview(s, p, await opened(state, m.now()), { seed: '5' })).toBe(0);
    expect(p.asked).toEqual(['numbers/gpt3-size', 'basics/assigns']);
    expect(m.out()).toContain('Review: 2 questions due');
    // The header once (it was printed twice: as a title, then as the attempt's first line).
    expect(m.out().split('Review: 2 questions due').length - 1).toBe(1);
    const log = QuizLog.open(state, m.now());
    expect(log.events.filter((e) => e.kind === 'start').at(-1)).toMatchObject({ mode: 'review', target: 'review' });
    // Both now answered right: nothing is due any more.
    const again = io(state, true);
    expect(await playReview(setup({ pack: PACK, lang: 'en' }, again), fakePrompter([]), await opened(state, again.now()), { seed: '6' })).toBe(0);
    expect(again.out()).toMatch(/^Nothing is due for review\. Well done\.\nThe next question is due in \d+ days\.\n$/);
  });
});

describe('lm-quiz review --missed / --weakest: practice now, whatever the schedule', () => {
  it('right after a miss nothing is due, but the missed question can be practised now', async () => {
    const state = seededState();
    const m = io(state, true);
    // Just after the attempt: the miss is not due until tomorrow.
    const after = { ...io(state, true), now: () => new Date('2026-11-20T10:01:00Z') };
    expect(await playReview(setup({ pack: PACK, lang: 'en' }, after), fakePrompter([]), await opened(state, after.now()), { seed: '1' })).toBe(0);
    expect(after.out()).toContain('Nothing is due');
    expect(after.out()).toContain(`lm-quiz ${packArgument(PACK)} review --missed`);
    // In 30 columns the hint wraps, its command whole on a line that fits (it was one 70-column line); the pack from LM_PACK, as a user's default.
    const narrowIo = memoryIo({ tty: true, env: { LM_STATE_DIR: state, NO_COLOR: '1', LM_PACK: PACK } });
    const narrow = { ...narrowIo, now: after.now };
    await playReview(setup({ lang: 'en', width: 30 }, narrow), fakePrompter([]), await opened(state, narrow.now()), { seed: '1' });
    expect(narrow.out()).toContain('To practise the questions you\n  last missed now:\n  lm-quiz review --missed\n');
    const s = setup({ pack: PACK, lang: 'en' }, m);
    const p = fakePrompter([{ answer: rightAnswer }, { next: 'next' }]);
    expect(await playPractice(s, p, await opened(state, m.now()), { missed: true }, { seed: '2' })).toBe(0);
    expect(p.asked).toEqual(['numbers/gpt3-size']);
    expect(m.out()).toContain('Practice: the 1 question last missed');
    // Now answered right: nothing left to practise.
    const again = io(state, true);
    expect(await playPractice(setup({ pack: PACK, lang: 'en' }, again), fakePrompter([]), await opened(state, again.now()), { missed: true }, { seed: '3' })).toBe(0);
    expect(again.out()).toContain('No question was last answered wrong');
  });

  it('--weakest N: the N answered least well', async () => {
    const state = seededState();
    const m = io(state, true);
    const p = fakePrompter([{ answer: rightAnswer }, { next: 'next' }]);
    expect(await playPractice(setup({ pack: PACK, lang: 'en' }, m), p, await opened(state, m.now()), { weakest: 5 }, { seed: '2' })).toBe(0);
    expect(p.asked).toEqual(['numbers/gpt3-size']);
  });

  it('--missed with --weakest is a usage error', async () => {
    await expect(review({ pack: PACK, lang: 'en', missed: true, weakest: 2 }, io(seededState(), true))).rejects.toBeInstanceOf(UsageError);
  });
});

describe('lm-quiz reset', () => {
  it('without a terminal and without --yes: a usage error, nothing changed', async () => {
    const state = seededState();
    const before = readFileSync(join(state, 'quiz-log.jsonl'), 'utf8');
    await expect(reset({ pack: PACK }, io(state))).rejects.toThrow(/--yes/);
    expect(readFileSync(join(state, 'quiz-log.jsonl'), 'utf8')).toBe(before);
  });

  it('asks first, and does nothing when the answer is no', async () => {
    const state = seededState();
    const m = io(state, true);
    const p = fakePrompter([{ confirm: false }]);
    expect(await reset({ pack: PACK, lang: 'en' }, m, p)).toBe(0);
    expect(p.asked).toEqual(['Clear the whole quiz history (2 answers)?']);
    expect(m.out()).toContain('Nothing was cleared.');
  });

  it('--topic clears that topic only and keeps a copy', async () => {
    const state = seededState();
    const m = io(state);
    expect(await reset({ pack: PACK, lang: 'en', topic: 'numbers', yes: true }, m)).toBe(0);
    const kept = readFileSync(join(state, 'quiz-log.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).id);
    expect(kept).toEqual(['a1:start', 'a1:a0', 'a1:end']);
    const backup = /kept in (\S+);/.exec(m.out())![1]!;
    expect(existsSync(backup)).toBe(true);
  });

  it('everything, after a yes; the report counts what the question counted (answers, not log lines)', async () => {
    const state = seededState();
    const p = fakePrompter([{ confirm: true }]);
    const m = io(state, true);
    expect(await reset({ pack: PACK, lang: 'en' }, m, p)).toBe(0);
    expect(readFileSync(join(state, 'quiz-log.jsonl'), 'utf8')).toBe('');
    expect(p.asked).toEqual(['Clear the whole quiz history (2 answers)?']);
    expect(m.out()).toContain('History cleared (2 answers).');
  });

  it('an unknown topic is a usage error', async () => {
    await expect(reset({ pack: PACK, lang: 'en', topic: 'nope', yes: true }, io(seededState()))).rejects.toThrow(/no topic 'nope'/);
  });
});
