/**
 * The parts every question prompt shares: the question drawn above it, the
 * line that asks, the keys it takes, and the answer left on screen once it is
 * given (wrapped to the width, under a neutral mark).
 */
import { gapAfter, hanging, wrapParts } from '../render/wrap.js';
import { displayWidth } from '../../text/width.js';
import type { Move } from '../commands/prompter.js';
import type { PromptStyle } from './theme.js';
import type { PromptTerminal } from './terminal.js';

/** What every question prompt is given besides its own parts. */
export interface QuestionPromptBase {
  /** The key help for skip and back, or false where the move is not offered. */
  skipKey: string | false;
  backKey: string | false;
  /** Left beside the question when it was skipped or left for the one before. */
  movedWords: { skip: string; back: string };
  style: PromptStyle;
  terminal: PromptTerminal;
}

/** The move a key asks for where the prompt offers it: `s` skips, `b` goes back. */
export function moveOfKey(config: Pick<QuestionPromptBase, 'skipKey' | 'backKey'>, key: { name?: string }): Move | undefined {
  if (config.skipKey && key.name === 's') return { move: 'skip' };
  if (config.backKey && key.name === 'b') return { move: 'back' };
  return undefined;
}

export interface FrameParts {
  intro: string;
  status: 'idle' | 'done';
  message: string;
  /** The lines under the question line: choices, items, pairs. */
  body: string[];
  help?: string | undefined;
  error?: string | undefined;
}

export function frame(style: PromptStyle, width: number, parts: FrameParts): string {
  const { paint } = style;
  const ask = hanging(`${style.prefix[parts.status]} `, paint.strong(parts.message), width);
  const tail = parts.status === 'done' ? [] : [parts.error ? errorLines(style, parts.error, width) : [], parts.help ? helpLines(style, parts.help, width) : []].flat();
  return [parts.intro, ...ask, ...parts.body, ...tail].join('\n');
}

export function errorLines(style: PromptStyle, text: string, width: number): string[] {
  return hanging('> ', text, width).map((line) => style.paint.wrong(line));
}

/** The key help: each `·`-separated key and what it does kept whole where it fits (`⏎ 提交`, never `⏎ 提` / `交`). */
export function helpLines(style: PromptStyle, text: string, width: number): string[] {
  return wrapParts(text, width).map((line) => style.paint.dim(line));
}

/**
 * A given answer: `› Your answer: 2) a probability`; or, for several parts or
 * a label that would leave the answer too little room, the label and then one
 * indented line per part.
 */
export function echo(style: PromptStyle, width: number, message: string, parts: string[]): string[] {
  const colon = message.endsWith('）') || /[\u3000-\u9fff]$/.test(message) ? '：' : ':';
  const head = `${style.prefix.done} ${message}${colon}`;
  if (parts.length === 1 && displayWidth(head) + displayWidth(parts[0]!) < width) return hanging(`${head}${gapAfter(colon)}`, parts[0]!, width);
  return [head, ...parts.flatMap((p) => hanging('  ', p, width))];
}

/** The key help, with the skip and back keys when offered. */
export function keysHelp(base: string, moves: { skip: string | false; back: string | false }): string {
  return [base, moves.skip, moves.back].filter(Boolean).join(' · ');
}
