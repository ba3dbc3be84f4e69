/**
 * lm-quiz in a real terminal (tmux), for what only a terminal shows: a
 * resize mid-question (issue 18 item 12), lines that stay within the width
 * (item 13), and the keys of item 15 (numbers, Enter with nothing ticked,
 * a right side paired twice, the neutral echo, skip and back, keys typed ahead).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/width.js';
import { ROOT, tempStateDir } from '../helpers/run-bin.js';
import { lastFrom, overflowing, startTmux, type Tmux } from '../helpers/tmux.js';

const PACK = join(ROOT, 'tests', 'fixtures', 'quiz-tmux');
let term: Tmux | undefined;
afterEach(() => term?.kill());

/**
 * Lines wider than 40 columns, but for a printed command on a line of its
 * own (`lm-explain --pack DIR show REF`, longer than 40 with this pack's
 * path): a command is never broken, so that it can be copied whole.
 */
function overflowingProse(screen: string): string[] {
  return overflowing(screen, 40, displayWidth).filter((line) => !/^ *lm-explain --pack \S+ show \S+$/.test(line.trimEnd()));
}

function quiz(args: string, columns: number, opts: { lang?: string; color?: boolean } = {}) {
  const state = tempStateDir();
  const command = [
    `cd ${ROOT} &&`,
    `env LANG=${opts.lang === 'zh' ? 'zh_CN' : 'en_US'}.UTF-8 ${opts.color ? 'FORCE_COLOR=2' : 'NO_COLOR=1'} LM_STATE_DIR=${state}`,
    `${process.execPath} bin/lm-quiz.js ${args} --pack ${PACK};`,
    'echo "EXIT=$?"; sleep 60',
  ].join(' ');
  term = startTmux('keys', command, columns, 50);
  const events = () => readFileSync(join(state, 'quiz-log.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  return { t: term, events };
}

describe('resizing during a question (item 12)', () => {
  it('the header and the question are drawn again, wrapped at the new width like the choices', async () => {
    const { t } = quiz('keys -n 3 --seed 1', 100);
    await t.waitFor(/\/3 · Basics[^]*\? Your answer/);
    t.resize(30);
    const text = await t.waitFor(/\/3 · Basics[^]*\? Your answer/);
    expect(text).toMatch(/^\d\/3 · Basics · 0 pts so far$/m);
    const joined = t.screen({ joined: true });
    expect(overflowing(joined, 30, displayWidth)).toEqual([]);
    t.resize(100);
    // Laid out again at the new width: the question is on one line once more (seed 1 asks this one first).
    const wide = await t.waitFor(/^Which of these are language models\?$/m);
    expect(wide).toMatch(/^1\/3 · Basics · 0 pts so far\nWhich of these are language models\?\n\? Your answer\n❯ ◯ 1\) /m);
  }, 60_000);
});

describe('within the width (item 13)', () => {
  it('answers, errors and feedback wrap at 40 columns, in both languages', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const { t } = quiz('keys -n 3 --seed 2', 40, { lang });
      const ask = lang === 'en' ? /\? Your answer/ : /\? 你的答案/;
      for (let n = 1; n <= 3; n++) {
        const text = lastFrom(await t.waitFor(new RegExp(`${n}/3 · [^]*${ask.source}`)), new RegExp(`^${n}/3 · `));
        if (/6000/.test(text)) {
          t.type('bananas 7');
          t.keys('Enter');
          await t.waitFor(lang === 'en' ? /> That is not a number/ : /> 这不是一个数/);
          expect(overflowingProse(t.screen({ joined: true }))).toEqual([]);
          t.keys('C-u');
          t.type('3%');
          t.keys('Enter');
        } else if (/[◯◉]/.test(text)) {
          t.keys('1', '2', 'Enter');
        } else {
          t.keys('Enter', 'Enter', 'Enter'); // after each pair the cursor is on the first right side still free
        }
        await t.waitFor(lang === 'en' ? /⏎ next/ : /⏎ 下一题/);
        expect(overflowingProse(t.screen({ joined: true }))).toEqual([]);
        t.keys('Enter');
      }
      // A wrong pairing is offered again: decline.
      if (!/EXIT=0/.test(await t.waitFor(/EXIT=0|Try the|再做一遍/))) {
        t.type(lang === 'en' ? 'n' : '否');
        t.keys('Enter');
      }
      await t.waitFor(/EXIT=0/);
      expect(overflowingProse(t.screen({ joined: true }))).toEqual([]);
      t.kill();
    }
  }, 90_000);
});

describe('the keys (item 15)', () => {
  it('match: a right side already paired is refused, number keys choose, the echo has no tick', async () => {
    const { t, events } = quiz('keys -n 1 --seed 10', 100);
    const first = await t.waitFor(/\? Your answer/);
    if (!first.includes('Match each item')) throw new Error(`seed 10 should draw the match question first:\n${first}`);
    // Pair every left item with right side 1: the second is refused.
    t.keys('1', 'Enter');
    t.keys('1', 'Enter');
    await t.waitFor(/Already paired with “BERT”|Already paired with “GPT-3/);
    t.keys('BSpace');
    const lines = (await t.waitFor(/❯ BERT → \?/)).split('\n');
    const number = (right: string) => lines.find((l) => l.includes(right))!.match(/(\d)\)/)![1]!;
    t.keys(number('Google'), 'Enter', number('OpenAI'), 'Enter', number('175 billion'), 'Enter');
    const done = await t.waitFor(/✓ Right/);
    expect(done).not.toContain('✔');
    expect(done).toMatch(/› Your answer:/);
    t.keys('Enter');
    await t.waitFor(/EXIT=0/);
    expect(events().filter((e) => e.kind === 'answer').map((e) => e.points)).toEqual([1]);
  }, 60_000);

  it('multiple: Enter with nothing ticked submits nothing; skip, back, and a question skipped twice is unanswered', async () => {
    // Seed 10: the match question, the share, then multiple choice.
    const { t, events } = quiz('keys --seed 10', 100);
    await t.waitFor(/1\/3 · Basics[^]*\? Your answer/);
    t.keys('s'); // skip question 1
    await t.waitFor(/2\/3 · Basics[^]*b on an empty line goes back/);
    t.keys('b'); // back to question 1
    await t.waitFor(/back to the question skipped before[^]*1\/3 · Basics[^]*\? Your answer/);
    t.keys('s'); // skip it again: it comes back at the end
    for (let n = 2; n <= 3; n++) {
      const question = lastFrom(await t.waitFor(new RegExp(`${n}/3 · Basics[^]*\\? Your answer[^]*skip`)), new RegExp(`^${n}/3 · `));
      if (question.includes('◯')) {
        t.keys('Enter');
        await t.waitFor(/Nothing is ticked/);
        t.keys('1', '2', '3', 'Enter');
      } else {
        t.type('6000/200000');
        t.keys('Enter');
      }
      await t.waitFor(/⏎ next/);
      t.keys('Enter');
    }
    await t.waitFor(/skipped question/);
    await t.waitFor(/1\/3 · Basics[^]*\? Your answer/);
    t.keys('s'); // skipped a second time: scored as unanswered
    await t.waitFor(/✗ Wrong[^]*⏎ next/);
    t.keys('Enter');
    await t.waitFor(/Try the \d missed question/);
    t.keys('n', 'Enter');
    await t.waitFor(/EXIT=0/);
    const answers = events().filter((e) => e.kind === 'answer');
    expect(answers.map((e) => e.index)).toEqual([1, 2, 0]);
    expect(answers[2].response).toEqual({ type: 'none' });
  }, 60_000);

  it('keys typed at the feedback do not answer the next question', async () => {
    // Seed 10: the match question (skipped), the share (answered), then multiple choice.
    const { t, events } = quiz('keys --seed 10', 100);
    await t.waitFor(/1\/3 · Basics[^]*\? Your answer/);
    t.keys('s');
    await t.waitFor(/2\/3 · Basics[^]*\? Your answer/);
    t.type('3%');
    t.keys('Enter');
    await t.waitFor(/⏎ next/);
    // Enter to go on, and a burst of keys straight after it.
    t.keys('Enter', '1', 'Enter', 'Enter');
    await t.waitFor(/3\/3 · Basics[^]*\? Your answer/);
    await new Promise((r) => setTimeout(r, 500));
    expect(t.screen()).toMatch(/3\/3 · Basics[^]*\? Your answer/);
    expect(events().filter((e) => e.kind === 'answer')).toHaveLength(1);
  }, 60_000);
});
