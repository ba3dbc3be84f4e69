/**
 * An attempt as a state machine: `start(plan, at)`, then
 * `answer(state, response, at)` once per question, until `finished`; or
 * `abandon(state, at)`. Pure: time comes in as an argument, nothing is read
 * or written here. The interactive and unattended sessions are loops around it.
 */
import { grade } from './grade.js';
import type { Outcome, Plan, PlanItem, Response } from './types.js';

export type SessionStatus = 'playing' | 'finished' | 'abandoned';

export interface SessionState {
  readonly plan: Plan;
  readonly outcomes: readonly Outcome[];
  readonly status: SessionStatus;
  /** Milliseconds since the epoch. */
  readonly startedAt: number;
  /** When the current question was shown (the last answer, or the start). */
  readonly shownAt: number;
  readonly endedAt?: number | undefined;
}

export function start(plan: Plan, at: number): SessionState {
  const status: SessionStatus = plan.items.length === 0 ? 'finished' : 'playing';
  return { plan, outcomes: [], status, startedAt: at, shownAt: at, endedAt: status === 'finished' ? at : undefined };
}

/** The question being asked, or undefined when the attempt is over. */
export function current(state: SessionState): PlanItem | undefined {
  return state.status === 'playing' ? state.plan.items[state.outcomes.length] : undefined;
}

/** The current question was put in front of the learner at `at` (its time counts from here). */
export function show(state: SessionState, at: number): SessionState {
  return state.status === 'playing' ? { ...state, shownAt: at } : state;
}

export function answer(state: SessionState, response: Response, at: number): SessionState {
  const item = current(state);
  if (!item) throw new Error('answer: the attempt is over');
  const outcome: Outcome = {
    index: state.outcomes.length,
    key: item.key,
    type: item.question.type,
    topic: item.topic,
    response,
    ms: Math.max(0, at - state.shownAt),
    ...grade(item.question, response),
  };
  const outcomes = [...state.outcomes, outcome];
  const done = outcomes.length === state.plan.items.length;
  return {
    ...state,
    outcomes,
    shownAt: at,
    status: done ? 'finished' : 'playing',
    endedAt: done ? at : undefined,
  };
}

export function abandon(state: SessionState, at: number): SessionState {
  if (state.status !== 'playing') return state;
  return { ...state, status: 'abandoned', endedAt: at };
}

/** Points so far, for the header of each question. */
export function scoreSoFar(state: SessionState): number {
  return state.outcomes.reduce((sum, o) => sum + o.points, 0);
}
