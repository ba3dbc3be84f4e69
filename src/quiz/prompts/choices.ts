/**
 * Single choice, true or false, and multiple choice: numbered choices drawn
 * under the question. ↑↓ move; a number key moves to that choice (and, in
 * multiple choice, ticks or unticks it); space ticks; Enter submits. Enter
 * with nothing ticked submits nothing: it says how to tick instead. `s`
 * skips and `b` goes back, when offered.
 */
import { createPrompt, isDownKey, isEnterKey, isNumberKey, isSpaceKey, isUpKey, useKeypress, useState, type KeypressEvent } from '@inquirer/core';
import type { Move } from '../commands/prompter.js';
import { hanging } from '../render/wrap.js';
import { echo, frame, keysHelp, moveOfKey, type QuestionPromptBase } from './frame.js';
import { HIDE_CURSOR } from './theme.js';
import { useColumns } from './use-columns.js';

export interface ChoiceConfig extends QuestionPromptBase {
  intro: (width: number) => string;
  message: string;
  /** The labels, in the order shown. */
  labels: string[];
  multiple: boolean;
  help: string;
  /** Said when Enter is pressed with nothing ticked (multiple choice). */
  noneTicked: string;
}

/** The picked positions (in the order shown), or a move. */
export type ChoiceResult = { picked: number[] } | Move;

export const choicePrompt = createPrompt<ChoiceResult, ChoiceConfig>((config, done) => {
  const { width } = useColumns(config.terminal);
  const [cursor, setCursor] = useState(0);
  const [ticked, setTicked] = useState<number[]>([]);
  const [error, setError] = useState<string | undefined>(undefined);
  const [result, setResult] = useState<ChoiceResult | undefined>(undefined);
  const count = config.labels.length;

  useKeypress((key: KeypressEvent, rl) => {
    if (result) return;
    const finish = (value: ChoiceResult) => {
      setResult(value);
      done(value);
    };
    setError(undefined);
    const toggle = (i: number) => setTicked(ticked.includes(i) ? ticked.filter((t) => t !== i) : [...ticked, i].sort((a, b) => a - b));
    if (isEnterKey(key)) {
      const picked = config.multiple ? ticked : [cursor];
      if (picked.length === 0) return setError(config.noneTicked);
      finish({ picked });
    } else if (isUpKey(key) || isDownKey(key)) {
      setCursor(Math.min(count - 1, Math.max(0, cursor + (isUpKey(key) ? -1 : 1))));
    } else if (isNumberKey(key)) {
      const n = Number(key.name) - 1;
      if (n >= 0 && n < count) {
        setCursor(n);
        if (config.multiple) toggle(n);
      }
    } else if (isSpaceKey(key) && config.multiple) {
      toggle(cursor);
    } else {
      const move = moveOfKey(config, key);
      if (move) finish(move);
    }
    rl.clearLine(0);
  });

  const { paint } = config.style;
  const numberWidth = String(count).length;
  const label = (i: number) => `${String(i + 1).padStart(numberWidth)}) `;
  if (result) {
    const parts = 'move' in result ? [config.movedWords[result.move]] : result.picked.map((i) => `${label(i)}${config.labels[i]}`);
    return [config.intro(width), ...echo(config.style, width, config.message, parts)].join('\n');
  }
  const body = config.labels.flatMap((text, i) => {
    const here = i === cursor;
    const box = config.multiple ? `${ticked.includes(i) ? '◉' : '◯'} ` : '';
    const lines = hanging(`${here ? '❯' : ' '} ${box}${label(i)}`, text, width);
    return here ? lines.map((l) => paint.accent(l)) : lines;
  });
  const help = keysHelp(config.help, { skip: config.skipKey, back: config.backKey });
  return frame(config.style, width, { intro: config.intro(width), status: 'idle', message: config.message, body, help, error }) + HIDE_CURSOR;
});
