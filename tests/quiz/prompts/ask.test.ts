/** Each question prompt at a fake terminal (@inquirer/testing: type() also sends keypresses, so single keys go through keypress()). */
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { askQuestion } from '../../../src/quiz/prompts/ask.js';
import { match, multiple, numeric, order, single, truefalse } from '../questions.js';
import { env, screen, view } from './helpers.js';

/** askQuestion as a prompt @inquirer/testing can render: (config, context). */
const ask = (config: { v: ReturnType<typeof view>; lang?: string; over?: Parameters<typeof screen>[0]; columns?: number }, context?: object) =>
  askQuestion(config.v, screen(config.over), env(config.lang ?? 'en', config.columns ?? 80), context);

describe('question prompts', () => {
  it('single: numbered choices in the shown order, the answer in the original index', async () => {
    const { answer, events, getScreen } = await render(ask, { v: view(single, [2, 0, 1]) });
    expect(getScreen()).toMatch(/❯ 1\) Wrong B\n\s+2\) Wrong A\n\s+3\) Right/);
    events.keypress('down');
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ type: 'single', choice: 1 });
  });

  it('single: a number key moves to that choice', async () => {
    const { answer, events, getScreen } = await render(ask, { v: view(single, [2, 0, 1]) });
    events.keypress('3');
    expect(getScreen()).toContain('❯ 3) Right');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ type: 'single', choice: 1 });
  });

  it('the question is drawn by the prompt, above it', async () => {
    const { getScreen } = await render(ask, { v: view(single) });
    expect(getScreen()).toMatch(/^Q: the question\n\? Your answer/);
  });

  it('a submitted answer is left beside a neutral mark, not a green tick', async () => {
    const { answer, events, getScreen } = await render(ask, { v: view(single, [0, 1, 2]) });
    events.keypress('enter'); // Wrong A
    await answer;
    expect(getScreen({ raw: true })).not.toContain('✔');
    expect(getScreen()).toContain('› Your answer: 1) Wrong A');
  });

  it('multiple: Enter with nothing ticked submits nothing and says how to tick', async () => {
    const { answer, events, getScreen } = await render(ask, { v: view(multiple, [3, 2, 1, 0]) });
    events.keypress('enter');
    expect(getScreen()).toContain('Nothing is ticked');
    events.keypress('2'); // R2 (index 2)
    events.keypress('down');
    events.keypress('down');
    events.keypress('space'); // R1 (index 0)
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ type: 'multiple', choices: [2, 0] });
  });

  it('truefalse in Chinese', async () => {
    const { answer, events, getScreen } = await render(ask, { v: view(truefalse, undefined, 'zh'), lang: 'zh' });
    expect(getScreen()).toMatch(/❯ 1\) 对\n\s+2\) 错/);
    expect(getScreen()).toContain('你的答案');
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ type: 'truefalse', value: false });
  });

  it('s skips, b goes back (when offered)', async () => {
    const skipped = await render(ask, { v: view(single) });
    skipped.events.keypress('s');
    await expect(skipped.answer).resolves.toEqual({ move: 'skip' });
    const noBack = await render(ask, { v: view(order, [3, 2, 1, 0]) });
    expect(noBack.getScreen()).not.toContain('b back');
    const back = await render(ask, { v: view(match, [3, 2, 1, 0]), over: { canBack: true } });
    expect(back.getScreen()).toContain('b back');
    back.events.keypress('b');
    await expect(back.answer).resolves.toEqual({ move: 'back' });
  });

  it('a question skipped before: s leaves it unanswered, and the answer line says so', async () => {
    const again = await render(ask, { v: view(single), over: { skippedBefore: true } });
    again.events.keypress('s');
    await expect(again.answer).resolves.toEqual({ move: 'skip' });
    expect(again.getScreen()).toContain('(skipped again: left unanswered)');
    const first = await render(ask, { v: view(single) });
    first.events.keypress('s');
    await first.answer;
    expect(first.getScreen()).toContain('(skipped: it comes back at the end)');
  });

  it('order: arrange with the keyboard alone', async () => {
    const { answer, events, getScreen } = await render(ask, { v: view(order, [3, 2, 1, 0]) });
    expect(getScreen()).toContain('❯ 1. fourth');
    events.keypress('space');
    for (let i = 0; i < 3; i++) events.keypress('down');
    expect(getScreen()).toContain('⇅ 4. fourth  (moving)');
    events.keypress('space');
    events.keypress('up');
    events.keypress('up');
    events.keypress('up');
    events.keypress('space');
    events.keypress('down');
    events.keypress('space');
    events.keypress('down');
    events.keypress('space');
    events.keypress('up');
    events.keypress('up');
    events.keypress('space');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ type: 'order', order: [0, 1, 2, 3] });
  });

  it('match: a right side already paired cannot be chosen again; number keys choose', async () => {
    const { answer, events, getScreen } = await render(ask, { v: view(match, [3, 2, 1, 0]) });
    expect(getScreen()).toContain('❯ L1 → ?');
    expect(getScreen()).toContain('❯ 1) R4');
    events.keypress('enter'); // L1 → R4
    expect(getScreen()).toContain('R4 (chosen for L1)');
    events.keypress('1'); // R4 again, for L2
    events.keypress('enter');
    expect(getScreen()).toContain('Already paired with “L1”');
    expect(getScreen()).toContain('❯ L2 → ?');
    events.keypress('backspace'); // take L1 → R4 back
    expect(getScreen()).toContain('❯ L1 → ?');
    events.keypress('4');
    events.keypress('enter'); // L1 → R1
    events.keypress('3');
    events.keypress('enter'); // L2 → R2
    events.keypress('1');
    events.keypress('enter'); // L3 → R4
    events.keypress('2');
    events.keypress('enter'); // L4 → R3
    await expect(answer).resolves.toEqual({ type: 'match', pairs: [0, 1, 3, 2] });
  });

  it('match: the same right side for every left item is refused, so it cannot earn partial credit', async () => {
    const { answer, events, getScreen } = await render(ask, { v: view(match, [0, 1, 2, 3]) });
    for (let i = 0; i < 4; i++) {
      events.keypress('1');
      events.keypress('enter');
    }
    expect(getScreen()).toContain('Already paired');
    events.keypress('enter'); // still refused
    const result = await Promise.race([answer, new Promise((r) => setTimeout(() => r('pending'), 50))]);
    expect(result).toBe('pending');
  });
});

describe('numeric prompt', () => {
  it('says what it understood, explains a bad unit and keeps the line', async () => {
    const { answer, events, getScreen, nextRender } = await render(ask, { v: view(numeric) });
    events.type('175 bananas');
    events.keypress('enter');
    await nextRender();
    expect(getScreen()).toContain('Unknown unit “bananas”');
    for (let i = 0; i < 'bananas'.length; i++) events.keypress('backspace');
    events.type('B');
    await nextRender();
    expect(getScreen()).toContain('Understood as 175,000,000,000 (175 billion)');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ type: 'numeric', value: 175e9, text: '175 B' });
  });

  it('in Chinese numerals', async () => {
    const { answer, events, getScreen, nextRender } = await render(ask, { v: view(numeric, undefined, 'zh'), lang: 'zh' });
    expect(getScreen()).toContain('你的答案（个参数）');
    events.type('一千七百五十亿');
    await nextRender();
    expect(getScreen()).toContain('理解为 175,000,000,000（1750亿）');
    events.keypress('enter');
    await expect(answer).resolves.toMatchObject({ type: 'numeric', value: 175e9 });
  });

  it('an empty answer skips', async () => {
    const { answer, events, getScreen } = await render(ask, { v: view(numeric) });
    expect(getScreen()).toContain('⏎ on an empty line skips');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ move: 'skip' });
  });

  it('an empty answer where skipping is not offered: a hint about this question’s own kind of number', async () => {
    const share = { ...numeric, answer: 0.03, unit: undefined, tolerance: 0 };
    const { events, getScreen, nextRender } = await render(ask, { v: view(share), over: { canSkip: false } });
    events.keypress('enter');
    await nextRender();
    expect(getScreen()).toContain('such as 0.25, 25%, 1/4');
    expect(getScreen()).not.toMatch(/billion|parameters/);
  });

  it('a percentage for a probability', async () => {
    const share = { ...numeric, answer: 0.03, unit: undefined, tolerance: 0 };
    const { answer, events } = await render(ask, { v: view(share) });
    events.type('3%');
    events.keypress('enter');
    await expect(answer).resolves.toMatchObject({ type: 'numeric', value: 0.03 });
  });
});
