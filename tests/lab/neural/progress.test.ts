/**
 * The neural lab's progress line is rewritten in place with a carriage
 * return, so it must stay narrower than the terminal: a line that wraps
 * leaves its first row behind at every update. Measured in columns, so
 * Chinese text (two columns a character) counts as it shows.
 */
import { describe, expect, test } from 'vitest';
import type { LabContext } from '../../../src/lab/context.js';
import { labMessages } from '../../../src/lab/i18n/messages.js';
import type { TrainState } from '../../../src/lab/neural/train.js';
import { progressLine } from '../../../src/lab/render/neural.js';
import { displayWidth } from '../../../src/text/width.js';

const state = { step: 1234, loss: 5.2681, tokens: 39_488, elapsedMs: 12_500 } as TrainState;

describe('the neural lab progress line', () => {
  test.each(['zh', 'en'] as const)('is narrower than the terminal at every width from 10 to 120 (%s)', (lang) => {
    for (let width = 10; width <= 120; width++) {
      const ctx = { m: labMessages(lang), width } as LabContext;
      for (const left of [0, 7.5, 600]) {
        const line = progressLine(state, left, ctx);
        expect(displayWidth(line), `${width}: ${line}`).toBeLessThan(width);
      }
    }
  });

  test('has its bar where there is room for one, in either language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const line = progressLine(state, 7.5, { m: labMessages(lang), width: 80 } as LabContext);
      expect(line, lang).toMatch(/^\[#+\.*\] /);
      expect(displayWidth(line)).toBeLessThan(80);
    }
  });
});
