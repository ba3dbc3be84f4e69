/**
 * The quiz engine's data: what was asked (a plan of items with the order the
 * choices were shown in), what the learner answered (a Response, always in the
 * pack's ORIGINAL order, never the shuffled one) and how it was graded.
 */
import type { Question, QuestionType } from '../../course/schema.js';

/** One question drawn for an attempt. */
export interface PlanItem {
  /** `quiz/question`: the key of the card and of the history. */
  key: string;
  quizId: string;
  topic: string;
  /** The quiz's pass mark, for a pass mark over mixed quizzes. */
  pass: number;
  question: Question;
  /**
   * The order the choices (single, multiple), items (order) or right-hand
   * sides (match) were shown in, as original indices; absent for truefalse and numeric.
   */
  shown?: number[] | undefined;
}

export interface Plan {
  seed: string;
  items: PlanItem[];
}

/** A learner's answer, in the pack's original indices. `none` is no answer at all. */
export type Response =
  | { type: 'single'; choice: number }
  | { type: 'multiple'; choices: number[] }
  | { type: 'truefalse'; value: boolean }
  | { type: 'order'; order: number[] }
  | { type: 'numeric'; value: number; text?: string | undefined }
  | { type: 'match'; pairs: number[] }
  | { type: 'none' };

export type Verdict = 'right' | 'partial' | 'wrong';

export interface Grade {
  /** From 0 to 1: every question is worth one point. */
  points: number;
  verdict: Verdict;
  /** Wrong choices the learner picked (single, multiple), for their `why`. */
  wrongPicks: number[];
}

/** A graded answer inside an attempt. */
export interface Outcome extends Grade {
  index: number;
  key: string;
  type: QuestionType;
  topic: string;
  response: Response;
  /** Time from the question being shown to the answer. */
  ms: number;
}
