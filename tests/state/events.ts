/** Log events for state tests. */
import type { AnswerEvent, EndEvent, StartEvent } from '../../src/state/quiz-events.js';

export function startEvent(attempt: string, at: string, topics: string[] = ['basics']): StartEvent {
  return {
    v: 1,
    kind: 'start',
    id: `${attempt}:start`,
    attempt,
    at,
    mode: 'quiz',
    target: topics[0]!,
    lang: 'en',
    seed: '1',
    plan: topics.map((topic, i) => ({ key: `q/${topic}-${i}`, type: 'single', topic, shown: [1, 0] })),
  };
}

export function answerEvent(attempt: string, index: number, at: string, opts: Partial<AnswerEvent> = {}): AnswerEvent {
  return {
    v: 1,
    kind: 'answer',
    id: `${attempt}:a${index}`,
    attempt,
    at,
    index,
    key: `q/basics-${index}`,
    type: 'single',
    topic: 'basics',
    response: { type: 'single', choice: 1 },
    points: 1,
    verdict: 'right',
    ms: 1000,
    rating: 3,
    ...opts,
  };
}

export function endEvent(attempt: string, at: string, points: number, max: number): EndEvent {
  return { v: 1, kind: 'end', id: `${attempt}:end`, attempt, at, status: 'finished', points, max, passed: points / max >= 0.7 };
}
