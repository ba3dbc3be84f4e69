/**
 * What an interactive session needs from the keyboard. src/io/prompts.ts
 * implements it with Inquirer; tests hand in scripted fakes.
 */
import type { Response } from '../engine/types.js';
import type { QuestionView } from '../render/question-view.js';

export interface Choice<T> {
  name: string;
  value: T;
}

export interface Prompter {
  /** Asks one question with the prompt that fits its type; the answer is in original indices. */
  answer(view: QuestionView): Promise<Response>;
  /** Waits for Enter after feedback; with `offerEasy`, `e` marks a right answer easy. */
  next(offerEasy: boolean): Promise<'next' | 'easy'>;
  confirm(message: string, defaultYes: boolean): Promise<boolean>;
  select<T>(message: string, choices: Choice<T>[]): Promise<T>;
  /** A whole number from 1 to max. */
  count(message: string, max: number, initial: number): Promise<number>;
}
