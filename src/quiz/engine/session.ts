/**
 * An attempt as a state machine: `start(plan, at)`, then for the current
 * question `answer(state, response, at)`, `skip(state, at)` or
 * `back(state)`, until `finished`; or `abandon(state, at)`. Pure: time comes
 * in as an argument, nothing is read or written here. The interactive and
 * unattended sessions are loops around it.
 *
 * Skip and back: a skipped question goes to the end of the queue and is
 * offered again once the others are done; skipped a second time, it is
 * scored as unanswered. Back returns to the question before the current one
 * when that one was skipped (an answered question is final: its feedback
 * showed the right answer).
 */
import { grade } from './grade.js';
import type { Outcome, Plan, PlanItem, Response } from './types.js';

export type SessionStatus = 'playing' | 'finished' | 'abandoned';

export interface SessionState {
  readonly plan: Plan;
  /** Graded answers, in the order given; `index` is the question's place in the plan. */
  readonly outcomes: readonly Outcome[];
  readonly status: SessionStatus;
  /** Milliseconds since the epoch. */
  readonly startedAt: number;
  /** When the current question was shown (the last answer, or the start). */
  readonly shownAt: number;
  readonly endedAt?: number | undefined;
  /** Plan indices still to ask, the current one first. */
  readonly queue: readonly number[];
  /** Plan indices skipped once (asked again at the end). */
  readonly skipped: readonly number[];
  /** Plan indices in the order they left the front of the queue (answered or skipped). */
  readonly trail: readonly number[];
}

export function start(plan: Plan, at: number): SessionState {
  const status: SessionStatus = plan.items.length === 0 ? 'finished' : 'playing';
  const queue = plan.items.map((_, i) => i);
  return { plan, outcomes: [], status, startedAt: at, shownAt: at, endedAt: status === 'finished' ? at : undefined, queue, skipped: [], trail: [] };
}

/** The question being asked, or undefined when the attempt is over. */
export function current(state: SessionState): PlanItem | undefined {
  return state.status === 'playing' ? state.plan.items[state.queue[0]!] : undefined;
}

/** The plan index of the question being asked. */
export function currentIndex(state: SessionState): number | undefined {
  return state.status === 'playing' ? state.queue[0] : undefined;
}

/** The current question was put in front of the learner at `at` (its time counts from here). */
export function show(state: SessionState, at: number): SessionState {
  return state.status === 'playing' ? { ...state, shownAt: at } : state;
}

export function answer(state: SessionState, response: Response, at: number): SessionState {
  const index = currentIndex(state);
  if (index === undefined) throw new Error('answer: the attempt is over');
  const item = state.plan.items[index]!;
  const outcome: Outcome = {
    index,
    key: item.key,
    type: item.question.type,
    topic: item.topic,
    response,
    ms: Math.max(0, at - state.shownAt),
    ...grade(item.question, response),
  };
  const queue = state.queue.slice(1);
  const done = queue.length === 0;
  return {
    ...state,
    outcomes: [...state.outcomes, outcome],
    queue,
    trail: [...state.trail, index],
    shownAt: at,
    status: done ? 'finished' : 'playing',
    endedAt: done ? at : undefined,
  };
}

/** Leaves the current question for the end; a question already skipped once is scored as unanswered. */
export function skip(state: SessionState, at: number): SessionState {
  const index = currentIndex(state);
  if (index === undefined) throw new Error('skip: the attempt is over');
  if (state.skipped.includes(index)) return answer(state, { type: 'none' }, at);
  return { ...state, queue: [...state.queue.slice(1), index], skipped: [...state.skipped, index], trail: [...state.trail, index], shownAt: at };
}

/** Whether `back` would return to a question (the one before was skipped and is still waiting). */
export function canGoBack(state: SessionState): boolean {
  const previous = state.trail[state.trail.length - 1];
  return state.status === 'playing' && previous !== undefined && previous !== state.queue[0] && state.queue.includes(previous);
}

/** Returns to the question skipped just before the current one; unchanged when there is none. */
export function back(state: SessionState, at: number): SessionState {
  if (!canGoBack(state)) return state;
  const previous = state.trail[state.trail.length - 1]!;
  return {
    ...state,
    queue: [previous, ...state.queue.filter((i) => i !== previous)],
    skipped: state.skipped.filter((i) => i !== previous),
    trail: state.trail.slice(0, -1),
    shownAt: at,
  };
}

/** Whether the current question comes back after being skipped (skipping it again leaves it unanswered). */
export function isSecondChance(state: SessionState): boolean {
  const index = currentIndex(state);
  return index !== undefined && state.skipped.includes(index);
}

export function abandon(state: SessionState, at: number): SessionState {
  if (state.status !== 'playing') return state;
  return { ...state, status: 'abandoned', endedAt: at };
}

/** Points so far, for the header of each question. */
export function scoreSoFar(state: SessionState): number {
  return state.outcomes.reduce((sum, o) => sum + o.points, 0);
}
