/** The prompts' look: redrawn at the new width after a resize, in the quiz's colours (none when colour is off). */
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { InterruptedError } from '../../../src/errors.js';
import { askQuestion } from '../../../src/quiz/prompts/ask.js';
import { nextPrompt } from '../../../src/quiz/prompts/next.js';
import { createPrompter } from '../../../src/quiz/prompts/prompter.js';
import { CLEAR_SCREEN } from '../../../src/quiz/prompts/use-columns.js';
import { promptStyle } from '../../../src/quiz/prompts/theme.js';
import { createPaint, plain } from '../../../src/quiz/render/paint.js';
import { wrap } from '../../../src/quiz/render/wrap.js';
import { single } from '../questions.js';
import { en, env, fakeTerminal, screen, view } from './helpers.js';

const ESC = '\u001b[';
const longQuestion = 'Which of these does a language model assign to every sequence of words it is shown?';

describe('resizing the terminal during a question', () => {
  it('clears the screen and draws the question and the choices again, at the new width', async () => {
    const term = fakeTerminal(100);
    const intro = (width: number) => wrap(longQuestion, width).join('\n');
    const prompt = (_: object, ctx?: object) => askQuestion(view(single, [0, 1, 2]), screen({ intro }), { ...env(), terminal: term.terminal }, ctx);
    const { events, getScreen, getFullOutput } = await render(prompt, {});
    expect(getScreen().split('\n')[0]).toBe(longQuestion);
    term.resize(30);
    const lines = getScreen().split('\n');
    const wrapped = wrap(longQuestion, 29);
    expect(wrapped.length).toBeGreaterThan(2);
    expect(lines.slice(0, wrapped.length)).toEqual(wrapped);
    expect(lines.every((l) => l.length <= 29)).toBe(true);
    expect(getScreen()).toContain('❯ 1) Wrong A');
    expect(await getFullOutput({ raw: true })).toContain(CLEAR_SCREEN);
    events.keypress('enter');
  });

  it('the feedback is laid out again too, under the question', async () => {
    const term = fakeTerminal(80);
    const feedback = (width: number) => wrap('✗ Wrong. A language model assigns a probability to every sequence of words.', width).join('\n');
    const config = { feedback, answered: () => 'THE QUESTION', help: en.continueHelp, offerEasy: false, offerRead: true, style: promptStyle(plain), terminal: term.terminal };
    const { answer, events, getScreen } = await render(nextPrompt, config);
    expect(getScreen()).not.toContain('THE QUESTION');
    term.resize(30);
    expect(getScreen()).toMatch(/^THE QUESTION\n✗ Wrong\. A language model\n/);
    events.keypress('r');
    await expect(answer).resolves.toBe('read');
  });
});

describe('colour', () => {
  it('none at all when colour is off (NO_COLOR, --color never, a pipe)', async () => {
    const { events, getFullOutput } = await render((_: object, ctx?: object) => askQuestion(view(single), screen(), env('en', 80, 0), ctx), {});
    events.keypress('down');
    events.keypress('enter');
    const raw = await getFullOutput({ raw: true });
    expect(raw.replace(/\u001b\[(?:\?25[lh]|\d*[ABCDGJK]|2K|\d+;\d+H|H)/g, '')).not.toContain(ESC);
  });

  it('the quiz’s colours when colour is on', async () => {
    const { getFullOutput, events } = await render((_: object, ctx?: object) => askQuestion(view(single), screen(), env('en', 80, 2), ctx), {});
    events.keypress('enter');
    expect(await getFullOutput({ raw: true })).toContain(createPaint(2).accent('?'));
  });
});

describe('createPrompter', () => {
  it('turns an interrupted prompt into an InterruptedError', async () => {
    const controller = new AbortController();
    controller.abort();
    const p = createPrompter({ lang: 'en', t: en, paint: plain, context: { signal: controller.signal } });
    await expect(p.answer(view(single), screen())).rejects.toBeInstanceOf(InterruptedError);
    await expect(p.confirm('Sure?', true)).rejects.toBeInstanceOf(InterruptedError);
  });
});
