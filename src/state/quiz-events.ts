/**
 * The lines of the quiz history log (quiz-log.jsonl): one JSON object per
 * line, each with the log format version `v` and a unique `id`, so a line
 * written twice (see append-line.ts) is read once. Card state and statistics
 * are rebuilt from these events; nothing else is stored.
 */
/** The version this program writes; a log holding a higher one is refused, never rewritten. */
export const LOG_VERSION = 1;

/*
 * The log's own types: what is on disk is a file format, not the quiz
 * engine's or the pack schema's types, so a change to those cannot change
 * what is written or read back without a change here (and LOG_VERSION).
 * The engine's values are assigned to these where events are made; a change
 * there that no longer fits fails to compile.
 */

/** A question's type, as logged. */
export type QuestionType = 'single' | 'multiple' | 'truefalse' | 'order' | 'numeric' | 'match';

/** An answer as logged (original-order indices). */
export type Response =
  | { type: 'single'; choice: number }
  | { type: 'multiple'; choices: number[] }
  | { type: 'truefalse'; value: boolean }
  | { type: 'order'; order: number[] }
  | { type: 'numeric'; value: number; text?: string | undefined }
  | { type: 'match'; pairs: number[] }
  | { type: 'none' };

export type Verdict = 'right' | 'partial' | 'wrong';

export type AttemptMode = 'quiz' | 'retry' | 'review' | 'answers';

export interface PlannedQuestion {
  key: string;
  type: QuestionType;
  topic: string;
  /** Original indices in the order they were shown. */
  shown?: number[] | undefined;
}

interface EventBase {
  v: number;
  id: string;
  attempt: string;
  /** ISO time. */
  at: string;
}

export interface StartEvent extends EventBase {
  kind: 'start';
  mode: AttemptMode;
  /** What was asked for: a quiz id, a topic, `all` or `review`. */
  target: string;
  lang: string;
  seed: string;
  plan: PlannedQuestion[];
}

export interface AnswerEvent extends EventBase {
  kind: 'answer';
  index: number;
  key: string;
  type: QuestionType;
  topic: string;
  response: Response;
  points: number;
  verdict: Verdict;
  ms: number;
  /** The FSRS rating: 1 Again, 3 Good, 4 Easy. */
  rating: number;
}

/** The learner marked a right answer as easy, after it was saved. */
export interface RateEvent extends EventBase {
  kind: 'rate';
  index: number;
  key: string;
  rating: number;
}

export interface EndEvent extends EventBase {
  kind: 'end';
  status: 'finished' | 'abandoned';
  points: number;
  max: number;
  passed: boolean;
}

export type QuizEvent = StartEvent | AnswerEvent | RateEvent | EndEvent;

export type LineReading =
  | { ok: true; event: QuizEvent }
  /** A line of this version we do not know (kept, not used). */
  | { ok: true; event: undefined }
  | { ok: false; newer: number }
  | { ok: false; newer?: undefined };

/** Reads one line: an event, an unknown-but-valid line, a newer version, or damage. */
export function readLine(line: string): LineReading {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false };
  }
  if (!isRecord(value) || typeof value.v !== 'number' || !Number.isInteger(value.v) || value.v < 1) return { ok: false };
  if (value.v > LOG_VERSION) return { ok: false, newer: value.v };
  if (!str(value.id) || !str(value.attempt) || !str(value.at) || Number.isNaN(Date.parse(value.at))) return { ok: false };
  switch (value.kind) {
    case 'start':
      return str(value.seed) && Array.isArray(value.plan) && str(value.target) ? { ok: true, event: value as unknown as StartEvent } : { ok: false };
    case 'answer':
      return str(value.key) && num(value.index) && num(value.points) && num(value.rating) && isRecord(value.response)
        ? { ok: true, event: value as unknown as AnswerEvent }
        : { ok: false };
    case 'rate':
      return str(value.key) && num(value.index) && num(value.rating) ? { ok: true, event: value as unknown as RateEvent } : { ok: false };
    case 'end':
      return str(value.status) && num(value.points) && num(value.max) ? { ok: true, event: value as unknown as EndEvent } : { ok: false };
    default:
      return str(value.kind) ? { ok: true, event: undefined } : { ok: false };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const str = (value: unknown): value is string => typeof value === 'string' && value !== '';
const num = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
