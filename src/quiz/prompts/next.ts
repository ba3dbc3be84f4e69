/**
 * After feedback: Enter goes on; `e` (when offered) marks a right answer as
 * easy; `r` (when offered) asks for the "Read more" section. It draws the
 * feedback itself, so a resize lays the feedback out again; the help line
 * goes once a key is taken.
 */
import { createPrompt, isEnterKey, useKeypress, useState, type KeypressEvent } from '@inquirer/core';
import type { AfterFeedback } from '../commands/prompter.js';
import { helpLines } from './frame.js';
import type { PromptTerminal } from './terminal.js';
import { HIDE_CURSOR, type PromptStyle } from './theme.js';
import { useColumns } from './use-columns.js';

export interface NextConfig {
  /** The feedback, laid out at a width. */
  feedback: (width: number) => string;
  /** The question and the answer given, drawn above the feedback again after a resize has cleared the screen. */
  answered: (width: number) => string;
  help: string;
  offerEasy: boolean;
  offerRead: boolean;
  style: PromptStyle;
  terminal: PromptTerminal;
}

export const nextPrompt = createPrompt<AfterFeedback, NextConfig>((config, done) => {
  const { width, resized } = useColumns(config.terminal);
  const [status, setStatus] = useState<'idle' | AfterFeedback>('idle');
  useKeypress((key: KeypressEvent, rl) => {
    if (status !== 'idle') return;
    const finish = (value: AfterFeedback) => {
      setStatus(value);
      done(value);
    };
    if (isEnterKey(key)) finish('next');
    else if (config.offerEasy && key.name === 'e') finish('easy');
    else if (config.offerRead && key.name === 'r') finish('read');
    rl.clearLine(0);
  });
  const shown = [...(resized ? [config.answered(width)] : []), config.feedback(width)].filter((part) => part !== '');
  if (status !== 'idle') return shown.join('\n');
  return [...shown, ...helpLines(config.style, config.help, width)].join('\n') + HIDE_CURSOR;
});
