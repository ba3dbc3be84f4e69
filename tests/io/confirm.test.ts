/** The Chinese yes/no prompt (issue 18 item 4): Chinese error, full-width hint, y/n still accepted. */
import { render } from '@inquirer/testing';
import { expect, test } from 'vitest';
import { confirmZh, ZH_CONFIRM } from '../../src/io/confirm.js';

const ask = (config: { message: string; defaultYes: boolean }, context?: Parameters<typeof confirmZh>[2]) =>
  confirmZh(config.message, config.defaultYes, context);

test('an answer that is neither 是 nor 否 gets a Chinese error, and the question keeps its full-width hint', async () => {
  const { answer, events, getScreen } = await render(ask, { message: '要重置吗？', defaultYes: false });
  expect(getScreen()).toContain('要重置吗？（是/否，默认“否”）');
  expect(getScreen()).not.toMatch(/\(|\)/);
  events.type('x');
  events.keypress('enter');
  expect(getScreen()).toContain(ZH_CONFIRM.error);
  expect(getScreen()).not.toContain('You must answer');
  events.keypress('backspace');
  events.type('是');
  events.keypress('enter');
  await expect(answer).resolves.toBe(true);
});

test.each([
  ['y', true],
  ['n', false],
  ['否', false],
  ['', false],
])('%j answers %s', async (typed, expected) => {
  const { answer, events } = await render(ask, { message: '要重置吗？', defaultYes: false });
  if (typed) events.type(typed);
  events.keypress('enter');
  await expect(answer).resolves.toBe(expected);
});
