/**
 * Arrange items with the keyboard alone: ↑↓ move the cursor, space picks an
 * item up or puts it down (moving it with the cursor), Enter submits. `s`
 * skips and `b` goes back, when offered.
 */
import { createPrompt, isDownKey, isEnterKey, isSpaceKey, isUpKey, useKeypress, useState, type KeypressEvent } from '@inquirer/core';
import type { Move } from '../commands/prompter.js';
import { hanging } from '../render/wrap.js';
import { echo, frame, keysHelp, moveOfKey, type QuestionPromptBase } from './frame.js';
import { HIDE_CURSOR } from './theme.js';
import { useColumns } from './use-columns.js';

export interface OrderConfig extends QuestionPromptBase {
  intro: (width: number) => string;
  message: string;
  /** Labels by original index. */
  labels: string[];
  /** The starting arrangement, as original indices. */
  initial: number[];
  help: string;
  holdingWord: string;
}

export type OrderResult = { order: number[] } | Move;

export const orderPrompt = createPrompt<OrderResult, OrderConfig>((config, done) => {
  const { width } = useColumns(config.terminal);
  const [order, setOrder] = useState(config.initial);
  const [cursor, setCursor] = useState(0);
  const [holding, setHolding] = useState(false);
  const [result, setResult] = useState<OrderResult | undefined>(undefined);

  useKeypress((key: KeypressEvent, rl) => {
    if (result) return;
    const finish = (r: OrderResult) => {
      setResult(r);
      done(r);
    };
    if (isEnterKey(key)) {
      finish({ order });
    } else if (isSpaceKey(key)) {
      setHolding(!holding);
    } else if (isUpKey(key) || isDownKey(key)) {
      const target = cursor + (isUpKey(key) ? -1 : 1);
      if (target < 0 || target >= order.length) return;
      if (holding) {
        const next = [...order];
        [next[cursor], next[target]] = [next[target]!, next[cursor]!];
        setOrder(next);
      }
      setCursor(target);
    } else {
      const move = moveOfKey(config, key);
      if (move) finish(move);
    }
    rl.clearLine(0);
  });

  const { paint } = config.style;
  const numberWidth = String(order.length).length;
  const numbered = (n: number) => `${String(n + 1).padStart(numberWidth)}. `;
  if (result) {
    const parts = 'move' in result ? [config.movedWords[result.move]] : result.order.map((i, n) => `${numbered(n)}${config.labels[i]}`);
    return [config.intro(width), ...echo(config.style, width, config.message, parts)].join('\n');
  }
  const body = order.flatMap((item, n) => {
    const here = n === cursor;
    const mark = here ? (holding ? '⇅' : '❯') : ' ';
    const text = here && holding ? `${config.labels[item]}  (${config.holdingWord})` : config.labels[item]!;
    const lines = hanging(`${mark} ${numbered(n)}`, text, width);
    if (!here) return lines;
    return lines.map((line) => (holding ? paint.partly(line) : paint.accent(line)));
  });
  const help = keysHelp(config.help, { skip: config.skipKey, back: config.backKey });
  return frame(config.style, width, { intro: config.intro(width), status: 'idle', message: config.message, body, help }) + HIDE_CURSOR;
});
