/**
 * A number typed at the keyboard. What was understood is shown under the
 * line as it is typed; a bad answer is explained there and the line kept for
 * fixing. Enter on an empty line skips (when offered); `b` on an empty line
 * goes back (a number never starts with b).
 */
import { createPrompt, isEnterKey, useKeypress, useState, type KeypressEvent } from '@inquirer/core';
import type { Move } from '../commands/prompter.js';
import { echo, errorLines, helpLines, keysHelp, type QuestionPromptBase } from './frame.js';
import { useColumns } from './use-columns.js';
import { hanging } from '../render/wrap.js';

/** A typed line read as a number: what to say it was understood as, or why it is not one. */
export type NumberReading = { ok: true; understood: string; spelled: string } | { ok: false; error: string };

export interface NumericConfig extends QuestionPromptBase {
  intro: (width: number) => string;
  message: string;
  read: (text: string) => NumberReading;
  /** Said for Enter on an empty line when skipping is not offered. */
  emptyError: string;
  help: string;
}

export type NumericResult = { text: string } | Move;

export const numericPrompt = createPrompt<NumericResult, NumericConfig>((config, done) => {
  const { width } = useColumns(config.terminal);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [result, setResult] = useState<NumericResult | undefined>(undefined);

  useKeypress((key: KeypressEvent, rl) => {
    if (result) return;
    const finish = (r: NumericResult) => {
      setResult(r);
      done(r);
    };
    if (isEnterKey(key)) {
      if (value.trim() === '') {
        if (config.skipKey) return finish({ move: 'skip' });
        return setError(config.emptyError);
      }
      const reading = config.read(value);
      if (reading.ok) return finish({ text: value });
      rl.write(value); // readline empties its line on Enter: give it back to fix
      setError(reading.error);
    } else if (config.backKey && value === '' && rl.line === 'b') {
      finish({ move: 'back' });
    } else {
      setValue(rl.line);
      setError(undefined);
    }
  });

  const { paint } = config.style;
  if (result) {
    const parts = 'move' in result ? [config.movedWords[result.move]] : [understoodText(config, result.text)];
    return [config.intro(width), ...echo(config.style, width, config.message, parts)].join('\n');
  }
  const reading = value.trim() === '' ? undefined : config.read(value);
  const below: string[] = [];
  if (error) below.push(...errorLines(config.style, error, width));
  else if (reading?.ok) below.push(...hanging('  ', paint.dim(`→ ${reading.understood}`), width));
  below.push(...helpLines(config.style, keysHelp(config.help, { skip: config.skipKey, back: config.backKey }), width));
  const ask = `${config.style.prefix.idle} ${paint.strong(config.message)} ${value}`;
  return [`${config.intro(width)}\n${ask}`, below.join('\n')];
});

function understoodText(config: NumericConfig, text: string): string {
  const reading = config.read(text);
  return reading.ok ? `${text.trim()} → ${reading.spelled}` : text;
}
