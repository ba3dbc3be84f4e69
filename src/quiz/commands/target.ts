/**
 * From what the learner typed (a quiz id, a topic or `all`) to the questions
 * to draw from. Unknown names are a usage error with "did you mean".
 */
import { localize } from '../../course/localized.js';
import type { Localized, Quiz } from '../../course/schema.js';
import { UsageError } from '../../errors.js';
import { closest } from '../../text/closest.js';
import { sanitize } from '../../text/sanitize.js';
import { poolOf, type PoolItem } from '../engine/select.js';
import type { QuizSetup } from './setup.js';

export const ALL = 'all';

export function quizzesFor(target: string, s: QuizSetup): Quiz[] {
  // A quiz named by its id is read from its own file; a topic or `all` needs every file.
  const one = target === ALL ? undefined : s.course.quiz(target);
  if (one) return [one];
  const quizzes = s.course.quizzes();
  if (target === ALL) return quizzes;
  const byId = quizzes.filter((q) => q.id === target);
  if (byId.length > 0) return byId;
  const byTopic = quizzes.filter((q) => q.topic === target);
  if (byTopic.length > 0 || Object.hasOwn(s.course.manifest.topics, target)) return byTopic;
  const names = [...new Set([...quizzes.map((q) => q.id), ...quizzes.map((q) => q.topic)])];
  const near = closest(target, [...names, ALL]);
  throw new UsageError(s.t.unknownTarget(target), [near.length > 0 ? s.t.didYouMean(near) : s.t.knownTargets(names)]);
}

export function poolFor(target: string, s: QuizSetup): PoolItem[] {
  const pool = poolOf(quizzesFor(target, s));
  if (pool.length === 0) throw new UsageError(s.t.noQuestions(target));
  return pool;
}

/** The title to show for a target: the quiz's title, the topic's name, or the course's title. */
export function targetTitle(target: string, s: QuizSetup): string {
  const quiz = target === ALL ? undefined : (s.course.quiz(target) ?? s.course.quizzes().find((q) => q.id === target));
  if (quiz) return text(quiz.title, s);
  if (Object.hasOwn(s.course.manifest.topics, target)) return s.topicName(target);
  return text(s.course.manifest.title, s);
}

function text(value: Localized, s: QuizSetup): string {
  return sanitize(localize(value, s.lang, s.fallbacks));
}
