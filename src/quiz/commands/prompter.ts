/**
 * What an interactive session needs from the keyboard. src/quiz/prompts/
 * implements it with Inquirer; tests hand in scripted fakes.
 */
import type { Response } from '../engine/types.js';
import type { QuestionView } from '../render/question-view.js';

export interface Choice<T> {
  name: string;
  value: T;
}

/** Instead of an answer: leave the question for the end, or go back to the one skipped before it. */
export type Move = { move: 'skip' } | { move: 'back' };
export type Reply = Response | Move;

export function isMove(reply: Reply): reply is Move {
  return 'move' in reply;
}

/** What a question prompt draws above itself, and which moves it offers. */
export interface QuestionScreen {
  /** The header and the question, laid out at `width` (drawn again after a resize). */
  intro(width: number): string;
  canSkip: boolean;
  canBack: boolean;
  /** A question skipped before: skipping it again leaves it unanswered. */
  skippedBefore: boolean;
}

export type AfterFeedback = 'next' | 'easy' | 'read';

/** The feedback the next prompt draws (laid out again after a resize), and the keys it offers. */
export interface FeedbackScreen {
  feedback(width: number): string;
  /** The question and the answer given, to draw above the feedback when a resize has cleared the screen. */
  answered(width: number): string;
  easy: boolean;
  read: boolean;
}

export interface Prompter {
  /** Asks one question with the prompt that fits its type; the answer is in original indices. */
  answer(view: QuestionView, screen: QuestionScreen): Promise<Reply>;
  /** Waits for Enter after feedback; `e` (when offered) marks a right answer easy, `r` (when offered) asks for the section to read. */
  next(offer: FeedbackScreen): Promise<AfterFeedback>;
  confirm(message: string, defaultYes: boolean): Promise<boolean>;
  select<T>(message: string, choices: Choice<T>[]): Promise<T>;
  /** A whole number from 1 to max. */
  count(message: string, max: number, initial: number): Promise<number>;
}
