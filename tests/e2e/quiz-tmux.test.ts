/**
 * One real terminal: lm-quiz runs in a detached tmux session of fixed size,
 * and the test plays a whole small quiz with arrow keys, Enter and typing,
 * reading the screen to find the right answers, then checks the score line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, tempStateDir } from '../helpers/run-bin.js';
import { describeNeeding } from '../helpers/external.js';
import { startTmux, type Tmux } from '../helpers/tmux.js';

const PACK = join(ROOT, 'tests', 'fixtures', 'quiz-tmux');
let term: Tmux;

const screen = () => term.screen();
const keys = (...k: string[]) => term.keys(...k);
const type = (text: string) => term.type(text);
const waitFor = (pattern: RegExp) => term.waitFor(pattern);

/** Presses ↓ until the choice marked ❯ is `wanted` (choices are numbered: `❯ 2) False`), then Enter. */
async function choose(wanted: string): Promise<void> {
  const text = await waitFor(/\? Your answer\n❯ /);
  const lines = text.split('\n');
  const cursor = lines.findIndex((l) => l.startsWith('❯ '));
  const target = lines.findIndex((l, i) => i >= cursor && l.slice(2).replace(/^\d+\) /, '').trim() === wanted);
  expect(target).toBeGreaterThanOrEqual(cursor);
  for (let i = cursor; i < target; i++) keys('Down');
  await waitFor(new RegExp(`❯ \\d+\\) ${wanted}`));
  keys('Enter');
}

afterAll(() => term?.kill());

describeNeeding(['tmux'])('lm-quiz in a real terminal (tmux)', () => {
  it('plays a whole quiz with the keyboard and shows the final score', async () => {
    const state = tempStateDir();
    const command = [
      `cd ${ROOT} &&`,
      `env LANG=en_US.UTF-8 NO_COLOR=1 LM_STATE_DIR=${state}`,
      `${process.execPath} bin/lm-quiz.js tiny --pack ${PACK} --seed 3;`,
      'echo "EXIT=$?"; sleep 60',
    ].join(' ');
    term = startTmux('quiz', command, 100, 50);

    for (let n = 1; n <= 3; n++) {
      await waitFor(new RegExp(`${n}/3 · Basics[^]*\\? Your answer`));
      const all = screen();
      const text = all.slice(all.indexOf(`${n}/3 · Basics`));
      if (text.includes('What does a language model assign')) {
        await choose('A probability');
      } else if (text.includes('Neural models came before')) {
        await choose('False');
      } else {
        await waitFor(/How many parameters/);
        type('175 billion');
        await waitFor(/Understood as 175,000,000,000 \(175 billion\)/);
        keys('Enter');
      }
      await waitFor(new RegExp(`${n}/3 · Basics[^]*✓ Right[^]*⏎ next · e it was easy`));
      keys(n === 1 ? 'e' : 'Enter');
    }
    const end = await waitFor(/EXIT=\d+/);
    expect(end).toMatch(/^Score: 3 \/ 3 points \(100%\)$/m);
    expect(end).toContain('Passed (pass mark 60%)');
    expect(end).toContain('EXIT=0');

    const events = readFileSync(join(state, 'quiz-log.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(events.filter((e) => e.kind === 'answer').map((e) => e.points)).toEqual([1, 1, 1]);
    expect(events.filter((e) => e.kind === 'rate')).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({ kind: 'end', status: 'finished', points: 3, max: 3 });
  }, 60_000);
});
