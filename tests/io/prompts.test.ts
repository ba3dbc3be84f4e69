import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { InterruptedError } from '../../src/errors.js';
import { quizMessages } from '../../src/i18n/quiz.js';
import { askMatch, askMultiple, askNumeric, askOrder, askSingle, askTrueFalse, createPrompter, hanging, nextPrompt } from '../../src/io/prompts.js';
import { viewOf } from '../../src/quiz/render/question-view.js';
import type { PlanItem } from '../../src/quiz/engine/types.js';
import { match, multiple, numeric, order, single, truefalse } from '../quiz/questions.js';

const en = quizMessages('en');
const zh = quizMessages('zh');

function view(question: PlanItem['question'], shown?: number[], lang = 'en') {
  return viewOf({ key: `q/${question.id}`, quizId: 'q', topic: 'basics', pass: 0.7, question, shown }, lang, ['en', 'zh']);
}

describe('question prompts', () => {
  it('single: choices in the shown order, the answer in the original index', async () => {
    const { answer, events, getScreen } = await render(askSingle, { view: view(single, [2, 0, 1]), t: en, lang: 'en' });
    expect(getScreen()).toMatch(/❯ Wrong B\n\s+Wrong A\n\s+Right/);
    events.keypress('down');
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ type: 'single', choice: 1 });
  });

  it('single in Chinese: the choices and Inquirer’s own words', async () => {
    const { answer, events, getScreen } = await render(askSingle, { view: view(single, [1, 0, 2], 'zh'), t: zh, lang: 'zh' });
    expect(getScreen()).toContain('你的答案');
    expect(getScreen()).toContain('❯ 对');
    expect(getScreen()).toContain('导航');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ type: 'single', choice: 1 });
  });

  it('multiple: a checkbox', async () => {
    const { answer, events } = await render(askMultiple, { view: view(multiple, [3, 2, 1, 0]), t: en, lang: 'en' });
    events.keypress('down');
    events.keypress('space'); // R2 (index 2)
    events.keypress('down');
    events.keypress('down');
    events.keypress('space'); // R1 (index 0)
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ type: 'multiple', choices: [2, 0] });
  });

  it('truefalse', async () => {
    const { answer, events, getScreen } = await render(askTrueFalse, { view: view(truefalse, undefined, 'zh'), t: zh, lang: 'zh' });
    expect(getScreen()).toMatch(/❯ 对\n\s+错/);
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ type: 'truefalse', value: false });
  });

  it('numeric: explains bad input, asks again, and says what it understood', async () => {
    const { answer, events, getScreen, nextRender } = await render(askNumeric, { view: view(numeric), t: en, lang: 'en' });
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

  it('numeric in Chinese units', async () => {
    const { answer, events, getScreen, nextRender } = await render(askNumeric, { view: view(numeric, undefined, 'zh'), t: zh, lang: 'zh' });
    expect(getScreen()).toContain('你的答案 (个参数)');
    events.type('1.75千亿');
    await nextRender();
    expect(getScreen()).toContain('理解为 175,000,000,000（1750亿）');
    events.keypress('enter');
    await expect(answer).resolves.toMatchObject({ type: 'numeric', value: 175e9 });
  });

  it('numeric refuses an empty answer', async () => {
    const { events, getScreen, nextRender } = await render(askNumeric, { view: view(numeric), t: en, lang: 'en' });
    events.keypress('enter');
    await nextRender();
    expect(getScreen()).toContain('Type a number');
  });

  it('order: arrange with the keyboard alone', async () => {
    const { answer, events, getScreen } = await render(askOrder, { view: view(order, [3, 2, 1, 0]), t: en, lang: 'en' });
    expect(getScreen()).toContain('❯ 1. fourth');
    expect(getScreen()).toContain('space pick up / put down');
    // Move "fourth" from the top to the bottom.
    events.keypress('space');
    events.keypress('down');
    events.keypress('down');
    events.keypress('down');
    expect(getScreen()).toContain('⇅ 4. fourth  (moving)');
    events.keypress('space');
    // Swap "third" and "second", then "first" up to the top.
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
    expect(getScreen()).toMatch(/1\. first\n\s+2\. second\n\s+3\. third\n\s+4\. fourth/);
  });

  it('order: moving past either end does nothing', async () => {
    const { answer, events } = await render(askOrder, { view: view(order, [1, 0, 2, 3]), t: en, lang: 'en' });
    events.keypress('space');
    events.keypress('up');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ type: 'order', order: [1, 0, 2, 3] });
  });

  it('match: each left item in turn, marking right sides already chosen, with a way back', async () => {
    const { answer, events, getScreen } = await render(askMatch, { view: view(match, [3, 2, 1, 0]), t: en, lang: 'en' });
    expect(getScreen()).toContain('❯ L1 → ?');
    expect(getScreen()).toContain('❯ R4');
    events.keypress('enter'); // L1 → R4 (a mistake)
    expect(getScreen()).toContain('L1 → R4');
    expect(getScreen()).toContain('R4 (chosen for L1)');
    events.keypress('backspace'); // undo it
    expect(getScreen()).toContain('❯ L1 → ?');
    events.keypress('down');
    events.keypress('down');
    events.keypress('down');
    events.keypress('enter'); // L1 → R1
    events.keypress('down');
    events.keypress('down');
    events.keypress('enter'); // L2 → R2
    events.keypress('enter'); // L3 → R4
    events.keypress('down');
    events.keypress('enter'); // L4 → R3
    await expect(answer).resolves.toEqual({ type: 'match', pairs: [0, 1, 3, 2] });
    expect(getScreen()).toMatch(/L1 → R1\n\s+L2 → R2\n\s+L3 → R4\n\s+L4 → R3/);
  });

  it('next: Enter goes on; e marks easy only when offered', async () => {
    const offered = await render(nextPrompt, { help: en.continueEasyHelp, offerEasy: true });
    expect(offered.getScreen()).toBe('⏎ next · e it was easy');
    offered.events.keypress('e');
    await expect(offered.answer).resolves.toBe('easy');

    const plain = await render(nextPrompt, { help: en.continueHelp, offerEasy: false });
    plain.events.keypress('e');
    plain.events.keypress('enter');
    await expect(plain.answer).resolves.toBe('next');
  });

  it('Ctrl-C rejects (Inquirer’s exit error)', async () => {
    const { answer, events } = await render(askSingle, { view: view(single), t: en, lang: 'en' });
    events.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toMatchObject({ name: 'ExitPromptError' });
  });
});

describe('createPrompter', () => {
  it('turns an interrupted prompt into an InterruptedError', async () => {
    const controller = new AbortController();
    controller.abort();
    const p = createPrompter({ lang: 'en', t: en, context: { signal: controller.signal } });
    await expect(p.answer(view(single))).rejects.toBeInstanceOf(InterruptedError);
    await expect(p.confirm('Sure?', true)).rejects.toBeInstanceOf(InterruptedError);
  });
});

describe('long labels wrap with a hanging indent', () => {
  const long = 'Large language models (LLM): pre-trained models scaled up to tens of billions of parameters or more';

  it('hanging() keeps words whole and indents continuation lines', () => {
    const text = hanging(long, 5, 40);
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40 - 5 + 5);
    for (const line of lines.slice(1)) expect(line.startsWith('     ')).toBe(true);
    expect(text.replace(/\n +/g, ' ')).toBe(long);
  });

  it('order: an item longer than the terminal wraps under its own text', async () => {
    const item = { ...order, items: [{ en: long, zh: long }, ...order.items.slice(1)] };
    const { answer, events, getScreen } = await render(askOrder, { view: view(item as typeof order, [0, 1, 2, 3]), t: en, lang: 'en' });
    const screen = getScreen();
    expect(screen).toContain('❯ 1. Large language models (LLM):');
    expect(screen).not.toMatch(/billio\n/);
    expect(screen).toMatch(/\n {5}\S/);
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ type: 'order', order: [0, 1, 2, 3] });
  });
});
