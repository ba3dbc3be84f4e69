/**
 * What the log says, derived on demand (pure functions over the events):
 * the attempts, the reviews of each card, accuracy per topic and per type,
 * the weakest questions, and which lines a reset removes.
 */
import type { GoodLine } from './log-text.js';
import type { AnswerEvent, EndEvent, QuizEvent, StartEvent } from './quiz-events.js';

export type AttemptStatus = 'finished' | 'abandoned' | 'stopped';

export interface AttemptRecord {
  id: string;
  start: StartEvent | undefined;
  answers: AnswerEvent[];
  end: EndEvent | undefined;
  startedAt: string;
  /** `stopped`: no end was written (killed, or still running). */
  status: AttemptStatus;
  points: number;
  max: number;
  percent: number;
}

export function attemptsOf(events: readonly QuizEvent[]): AttemptRecord[] {
  const byId = new Map<string, { start?: StartEvent; answers: Map<number, AnswerEvent>; end?: EndEvent; first: string }>();
  for (const event of events) {
    let a = byId.get(event.attempt);
    if (!a) byId.set(event.attempt, (a = { answers: new Map(), first: event.at }));
    if (event.kind === 'start') a.start = event;
    else if (event.kind === 'answer' && !a.answers.has(event.index)) a.answers.set(event.index, event);
    else if (event.kind === 'end') a.end = event;
  }
  return [...byId].map(([id, a]) => {
    const answers = [...a.answers.values()].sort((x, y) => x.index - y.index);
    const points = a.end?.points ?? answers.reduce((sum, x) => sum + x.points, 0);
    const max = a.end?.max ?? answers.length;
    return {
      id,
      start: a.start,
      answers,
      end: a.end,
      startedAt: a.start?.at ?? a.first,
      status: a.end?.status ?? 'stopped',
      points,
      max,
      percent: max === 0 ? 0 : Math.round((points / max) * 1000) / 10,
    };
  });
}

/** Every answer once, with the rating the learner ended up giving it (a later `rate` wins). */
export function answersOf(events: readonly QuizEvent[]): AnswerEvent[] {
  const answers = new Map<string, AnswerEvent>();
  const rated = new Map<string, number>();
  for (const event of events) {
    const slot = `${event.attempt}#${event.kind === 'answer' || event.kind === 'rate' ? event.index : ''}`;
    if (event.kind === 'answer' && !answers.has(slot)) answers.set(slot, event);
    if (event.kind === 'rate') rated.set(slot, event.rating);
  }
  return [...answers].map(([slot, a]) => (rated.has(slot) ? { ...a, rating: rated.get(slot)! } : a));
}

export interface AccuracyRow {
  name: string;
  answers: number;
  /** Mean points, 0 to 100. */
  percent: number;
}

export function accuracyBy(answers: readonly AnswerEvent[], by: 'topic' | 'type'): AccuracyRow[] {
  const groups = new Map<string, number[]>();
  for (const a of answers) groups.set(a[by], [...(groups.get(a[by]) ?? []), a.points]);
  return [...groups]
    .map(([name, points]) => ({ name, answers: points.length, percent: mean(points) }))
    .sort((x, y) => x.name.localeCompare(y.name));
}

export interface WeakRow extends AccuracyRow {
  /** Points of the latest answer. */
  last: number;
}

/** Questions by mean score, lowest first; only those missed at least once. */
export function weakest(answers: readonly AnswerEvent[], limit: number): WeakRow[] {
  const groups = new Map<string, AnswerEvent[]>();
  for (const a of answers) groups.set(a.key, [...(groups.get(a.key) ?? []), a]);
  return [...groups]
    .map(([name, list]) => ({ name, answers: list.length, percent: mean(list.map((a) => a.points)), last: list[list.length - 1]!.points }))
    .filter((row) => row.percent < 100)
    .sort((x, y) => x.percent - y.percent || y.answers - x.answers || x.name.localeCompare(y.name))
    .slice(0, limit);
}

/**
 * Which log lines survive `reset --topic T` (or a full reset without a topic):
 * the topic's answers and ratings go, and so do attempts that were only about it.
 */
export function keepAfterReset(events: readonly QuizEvent[], topic: string | undefined): (line: GoodLine) => boolean {
  if (topic === undefined) return () => false;
  const keyTopic = new Map<string, string>();
  const attemptTopics = new Map<string, Set<string>>();
  for (const e of events) {
    if (e.kind === 'answer') keyTopic.set(e.key, e.topic);
    if (e.kind === 'start') attemptTopics.set(e.attempt, new Set(e.plan.map((p) => p.topic)));
  }
  const onlyTopic = (attempt: string) => {
    const topics = attemptTopics.get(attempt);
    return topics !== undefined && topics.size > 0 && [...topics].every((t) => t === topic);
  };
  return ({ event }) => {
    if (!event) return true;
    if (event.kind === 'answer') return event.topic !== topic;
    if (event.kind === 'rate') return keyTopic.get(event.key) !== topic;
    return !onlyTopic(event.attempt);
  };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 1000) / 10;
}
