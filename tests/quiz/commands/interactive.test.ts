import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InterruptedError } from '../../../src/errors.js';
import { quizMessages } from '../../../src/i18n/quiz.js';
import { runInteractive } from '../../../src/quiz/commands/interactive.js';
import { setup } from '../../../src/quiz/commands/setup.js';
import { displayWidth } from '../../../src/text/width.js';
import { memoryIo } from '../../helpers/io.js';
import { tempStateDir } from '../../helpers/run-bin.js';
import { fakePrompter, rightAnswer, type Step } from './fake-prompter.js';

const PACK = join(import.meta.dirname, '..', '..', 'fixtures', 'quiz-pack');

function context(lang = 'en') {
  const state = tempStateDir();
  const io = memoryIo({ tty: true, env: { LM_STATE_DIR: state, NO_COLOR: '1' } });
  const s = setup({ pack: PACK, lang }, io);
  const events = () => readFileSync(join(state, 'quiz-log.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  return { io, s, events };
}

const right: Step = { answer: rightAnswer };
const wrong: Step = { answer: () => ({ type: 'none' }) };

describe('an interactive session', () => {
  it('plays, saves each answer, and offers to retry only the missed ones', async () => {
    const { io, s, events } = context();
    const p = fakePrompter([
      right, { next: 'easy' },
      wrong, { next: 'next' },
      right, { next: 'next' },
      right, { next: 'next' },
      { confirm: true },
      right, { next: 'next' },
    ]);
    const code = await runInteractive(s, 'basics', { seed: '9' }, p);
    expect(code).toBe(0);
    expect(p.asked.filter((a) => a.startsWith('basics/'))).toHaveLength(5);
    const retried = p.asked.at(-1);
    expect(p.asked).toContain('Try the 1 missed question again?');
    const log = events();
    const attempts = log.filter((e) => e.kind === 'start');
    expect(attempts.map((e) => e.mode)).toEqual(['quiz', 'retry']);
    expect(attempts[1].plan.map((q: { key: string }) => q.key)).toEqual([retried]);
    expect(log.filter((e) => e.kind === 'answer')).toHaveLength(5);
    expect(log.filter((e) => e.kind === 'rate')).toMatchObject([{ rating: 4 }]);
    expect(log.filter((e) => e.kind === 'end').map((e) => e.status)).toEqual(['finished', 'finished']);
    expect(p.screens[0]).toMatch(/^1\/4 · Basics · 0 pts so far$/m);
    expect(io.out()).toContain('Marked easy');
    expect(io.out()).toMatch(/Score: 3 \/ 4 points \(75%\)/);
    expect(io.out()).toMatch(/Score: 1 \/ 1 points \(100%\)/);
  });

  it('Ctrl-C: the answers so far are kept, the attempt is marked abandoned', async () => {
    const { io, s, events } = context();
    const p = fakePrompter([right, { next: 'next' }, { throw: new InterruptedError('interrupted') }]);
    await expect(runInteractive(s, 'basics', { seed: '9' }, p)).rejects.toBeInstanceOf(InterruptedError);
    const log = events();
    expect(log.map((e) => e.kind)).toEqual(['start', 'answer', 'end']);
    expect(log[2]).toMatchObject({ status: 'abandoned', max: 1, points: 1 });
    expect(io.err()).toContain('Quiz stopped. 1 answer saved.');
  });

  it('the menu: a topic and how many questions', async () => {
    const { s, events } = context('zh');
    const p = fakePrompter([
      { select: (choices) => choices.find((c) => c.name.startsWith('数字'))!.value },
      { count: 1 },
      right, { next: 'next' },
    ]);
    expect(await runInteractive(s, undefined, { seed: '1' }, p)).toBe(0);
    expect(p.asked[0]).toBe('想练习哪一部分？');
    expect(events()[0]).toMatchObject({ target: 'numbers', lang: 'zh' });
    expect(events().filter((e) => e.kind === 'answer')).toHaveLength(1);
  });

  it('--fail-under applies to the first attempt', async () => {
    const { s } = context();
    const p = fakePrompter([wrong, { next: 'next' }, wrong, { next: 'next' }, { confirm: false }]);
    expect(await runInteractive(s, 'numbers', { seed: '1', failUnder: 50 }, p)).toBe(1);
  });

  it('r after the feedback shows the Read more section, then the feedback prompt asks again without r', async () => {
    const { io, s } = context();
    const p = fakePrompter([right, { next: 'read' }, { next: 'next' }, right, { next: 'next' }]);
    expect(await runInteractive(s, 'numbers', { seed: '1' }, p)).toBe(0);
    expect(io.out()).toMatch(/## Sizes/);
    expect(p.offers[0]).toEqual({ easy: true, read: true });
    expect(p.offers[1]).toEqual({ easy: true, read: false });
  });

  it('a skipped question comes back at the end; its header keeps its own number', async () => {
    const { s, events } = context();
    const p = fakePrompter([{ answer: () => ({ move: 'skip' }) }, right, { next: 'next' }, right, { next: 'next' }]);
    expect(await runInteractive(s, 'numbers', { seed: '1' }, p)).toBe(0);
    expect(p.asked.filter((a) => a.startsWith('numbers/'))).toEqual([p.asked[0], p.asked[1], p.asked[0]]);
    expect(p.screens.map((text) => /^(\d)\/2/m.exec(text)?.[1])).toEqual(['1', '2', '1']);
    expect(events().filter((e) => e.kind === 'answer').map((e) => e.index)).toEqual([1, 0]);
    expect(p.skippedBefore).toEqual([false, false, true]);
  });

  it.each(['en', 'zh'])('the "back to the skipped questions" line is wrapped to the terminal (%s, 22 columns)', async (lang) => {
    const state = tempStateDir();
    const io = memoryIo({ tty: true, columns: 22, env: { LM_STATE_DIR: state, NO_COLOR: '1' } });
    const s = setup({ pack: PACK, lang }, io);
    const p = fakePrompter([{ answer: () => ({ move: 'skip' }) }, right, { next: 'next' }, right, { next: 'next' }]);
    expect(await runInteractive(s, 'numbers', { seed: '1' }, p)).toBe(0);
    const title = quizMessages(lang).skippedTitle(1);
    const at = io.out().indexOf(title.slice(0, 6));
    expect(at).toBeGreaterThan(-1);
    const lines = io.out().slice(at).split('\n');
    const block = lines.slice(0, lines.findIndex((l) => l.trim() === '' || /^\d\/2/.test(l)));
    expect(block.join('').replace(/\s/g, '')).toBe(title.replace(/\s/g, ''));
    for (const line of block) expect(displayWidth(line)).toBeLessThanOrEqual(22);
  });
});
