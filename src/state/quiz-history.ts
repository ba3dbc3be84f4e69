/**
 * What the log says, derived on demand (pure functions over the events):
 * the attempts, the reviews of each card, accuracy per topic and per type,
 * the weakest and the last missed questions, and which lines a reset
 * removes. The commands that read the whole log fold it instead
 * (history-index.ts), through the row builders here; these functions over
 * all the events are what the fold must equal.
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

/** A running count and sum of points (summed in log order). */
export interface Tally {
  count: number;
  sum: number;
}

/** A question's tally, with the points of its latest answer. */
export interface WeakTally extends Tally {
  last: number;
}

export function accuracyBy(answers: readonly AnswerEvent[], by: 'topic' | 'type'): AccuracyRow[] {
  // Running sums, not lists copied per answer (which made stats quadratic in the history).
  const groups = new Map<string, Tally>();
  for (const a of answers) {
    const g = groups.get(a[by]);
    if (g) {
      g.count++;
      g.sum += a.points;
    } else groups.set(a[by], { count: 1, sum: a.points });
  }
  return accuracyRows(groups);
}

export function accuracyRows(groups: ReadonlyMap<string, Tally>): AccuracyRow[] {
  return [...groups]
    .map(([name, g]) => ({ name, answers: g.count, percent: meanOf(g.sum, g.count) }))
    .sort((x, y) => x.name.localeCompare(y.name));
}

export interface WeakRow extends AccuracyRow {
  /** Points of the latest answer. */
  last: number;
}

/** Questions by mean score, lowest first; only those missed at least once. */
export function weakest(answers: readonly AnswerEvent[], limit: number): WeakRow[] {
  const groups = new Map<string, WeakTally>();
  for (const a of answers) {
    const g = groups.get(a.key);
    if (g) {
      g.count++;
      g.sum += a.points;
      g.last = a.points;
    } else groups.set(a.key, { count: 1, sum: a.points, last: a.points });
  }
  return weakRows(groups, limit);
}

export function weakRows(groups: ReadonlyMap<string, WeakTally>, limit: number): WeakRow[] {
  return [...groups]
    .map(([name, g]) => ({ name, answers: g.count, percent: meanOf(g.sum, g.count), last: g.last }))
    .filter((row) => row.percent < 100)
    .sort((x, y) => x.percent - y.percent || y.answers - x.answers || x.name.localeCompare(y.name))
    .slice(0, limit);
}

/** Keys whose latest answer scored less than a full point, the most recent miss first. */
export function missedKeys(answers: readonly { key: string; points: number; at: string }[]): string[] {
  const latest = new Map<string, Latest>();
  for (const a of answers) {
    const t = Date.parse(a.at);
    const seen = latest.get(a.key);
    if (!seen || t >= seen.t) latest.set(a.key, { t, points: a.points });
  }
  return missedOf(latest);
}

/** Each question's latest answer: when (ms; of equal times, the later in the log) and its points. */
export interface Latest {
  t: number;
  points: number;
}

/** The keys whose latest answer scored less than a full point, the most recent miss first. */
export function missedOf(latest: Iterable<[string, Latest]>): string[] {
  return [...latest]
    .filter(([, a]) => a.points < 1)
    .sort(([xKey, x], [yKey, y]) => y.t - x.t || xKey.localeCompare(yKey))
    .map(([key]) => key);
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

function meanOf(sum: number, count: number): number {
  return count === 0 ? 0 : Math.round((sum / count) * 1000) / 10;
}
