/**
 * Pair each left item with a right one, in turn: ↑↓ or a number key choose
 * the right side for the current left item, Enter confirms it, Backspace
 * takes back the last pair. A right side already paired is marked and cannot
 * be chosen again (pairing everything with one item is not a way to points).
 * `s` skips and `b` goes back, when offered.
 */
import { createPrompt, isBackspaceKey, isDownKey, isEnterKey, isNumberKey, isUpKey, useKeypress, useState, type KeypressEvent } from '@inquirer/core';
import type { Move } from '../commands/prompter.js';
import { hanging } from '../render/wrap.js';
import { echo, frame, keysHelp, moveOfKey, type QuestionPromptBase } from './frame.js';
import { HIDE_CURSOR } from './theme.js';
import { useColumns } from './use-columns.js';

export interface MatchConfig extends QuestionPromptBase {
  intro: (width: number) => string;
  message: string;
  lefts: string[];
  rights: string[];
  /** Right sides in the order to show them, as original indices. */
  shown: number[];
  help: string;
  usedFor: (left: string) => string;
  /** Said when Enter is pressed on a right side already paired. */
  alreadyUsed: (left: string) => string;
}

/** For each left item, the original index of its right side; or a move. */
export type MatchResult = { pairs: number[] } | Move;

export const matchPrompt = createPrompt<MatchResult, MatchConfig>((config, done) => {
  const { width } = useColumns(config.terminal);
  const [pairs, setPairs] = useState<number[]>([]);
  const [cursor, setCursor] = useState(0);
  const [error, setError] = useState<string | undefined>(undefined);
  const [result, setResult] = useState<MatchResult | undefined>(undefined);
  const free = (n: number, taken: number[]) => !taken.includes(config.shown[n]!);
  const firstFree = (taken: number[]) => Math.max(0, config.shown.findIndex((_, n) => free(n, taken)));

  useKeypress((key: KeypressEvent, rl) => {
    if (result) return;
    const finish = (r: MatchResult) => {
      setResult(r);
      done(r);
    };
    setError(undefined);
    if (isEnterKey(key)) {
      const right = config.shown[cursor]!;
      const usedBy = pairs.indexOf(right);
      if (usedBy !== -1) return setError(config.alreadyUsed(config.lefts[usedBy]!));
      const next = [...pairs, right];
      if (next.length === config.lefts.length) return finish({ pairs: next });
      setPairs(next);
      setCursor(firstFree(next));
    } else if (isBackspaceKey(key)) {
      if (pairs.length === 0) return;
      setCursor(config.shown.indexOf(pairs[pairs.length - 1]!));
      setPairs(pairs.slice(0, -1));
    } else if (isUpKey(key) || isDownKey(key)) {
      setCursor(Math.min(config.shown.length - 1, Math.max(0, cursor + (isUpKey(key) ? -1 : 1))));
    } else if (isNumberKey(key)) {
      const n = Number(key.name) - 1;
      if (n >= 0 && n < config.shown.length) setCursor(n);
    } else {
      const move = moveOfKey(config, key);
      if (move) finish(move);
    }
    rl.clearLine(0);
  });

  const { paint } = config.style;
  const pairText = (left: number, right: number) => `${config.lefts[left]} → ${config.rights[right]}`;
  if (result) {
    const parts = 'move' in result ? [config.movedWords[result.move]] : result.pairs.map((r, l) => pairText(l, r));
    return [config.intro(width), ...echo(config.style, width, config.message, parts)].join('\n');
  }
  const current = pairs.length;
  const lefts = config.lefts.flatMap((left, l) => {
    if (l < current) return hanging('  ', pairText(l, pairs[l]!), width);
    if (l > current) return hanging('  ', left, width);
    return hanging('❯ ', `${left} → ?`, width).map((line) => paint.accent(line));
  });
  const numberWidth = String(config.shown.length).length;
  const rights = config.shown.flatMap((r, n) => {
    const usedBy = pairs.indexOf(r);
    const here = n === cursor;
    const used = usedBy === -1 ? '' : config.usedFor(config.lefts[usedBy]!);
    const note = used === '' ? '' : used.startsWith('（') ? used : ` ${used}`;
    const lines = hanging(`  ${here ? '❯' : ' '} ${String(n + 1).padStart(numberWidth)}) `, `${config.rights[r]}${note}`, width);
    if (here) return lines.map((line) => paint.accent(line));
    return usedBy === -1 ? lines : lines.map((line) => paint.dim(line));
  });
  const help = keysHelp(config.help, { skip: config.skipKey, back: config.backKey });
  return frame(config.style, width, { intro: config.intro(width), status: 'idle', message: config.message, body: [...lefts, '', ...rights], help, error }) + HIDE_CURSOR;
});
