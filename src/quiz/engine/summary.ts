/**
 * The result of an attempt: points and percentage, passed or not, the
 * breakdown per topic and per question type, the missed questions, the time.
 */
import type { QuestionType } from '../../course/schema.js';
import type { SessionState } from './session.js';
import type { Outcome } from './types.js';

export interface Tally {
  points: number;
  max: number;
  /** 0 to 100, one decimal. */
  percent: number;
}

export interface Summary extends Tally {
  /** The pass mark as a fraction: the quiz's `pass`, or the mean over the questions' quizzes. */
  pass: number;
  passed: boolean;
  byTopic: (Tally & { topic: string })[];
  byType: (Tally & { type: QuestionType })[];
  /** Outcomes that were not fully right, in the order asked. */
  missed: Outcome[];
  durationMs: number;
  answered: number;
  asked: number;
}

export function summarize(state: SessionState): Summary {
  const outcomes = state.outcomes;
  const asked = state.plan.items.length;
  // An abandoned attempt counts what was answered; a finished one, everything asked.
  const counted = state.status === 'finished' ? asked : outcomes.length;
  const total = tally(outcomes, counted);
  const items = state.status === 'finished' ? state.plan.items : outcomes.map((o) => state.plan.items[o.index]!);
  const pass = items.length === 0 ? 1 : items.reduce((sum, item) => sum + item.pass, 0) / items.length;
  return {
    ...total,
    pass,
    passed: total.max > 0 && total.points / total.max >= pass - 1e-9,
    byTopic: groupBy(outcomes, (o) => o.topic).map(([topic, list]) => ({ topic, ...tally(list, list.length) })),
    byType: groupBy(outcomes, (o) => o.type).map(([type, list]) => ({ type, ...tally(list, list.length) })),
    missed: outcomes.filter((o) => o.verdict !== 'right'),
    durationMs: (state.endedAt ?? state.shownAt) - state.startedAt,
    answered: outcomes.length,
    asked,
  };
}

export function tally(outcomes: readonly Outcome[], max: number): Tally {
  const points = round(outcomes.reduce((sum, o) => sum + o.points, 0), 4);
  return { points, max, percent: max === 0 ? 0 : round((points / max) * 100, 1) };
}

function groupBy<K extends string>(outcomes: readonly Outcome[], key: (o: Outcome) => K): [K, Outcome[]][] {
  const groups = new Map<K, Outcome[]>();
  for (const o of outcomes) {
    const k = key(o);
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  return [...groups];
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
