/**
 * What to practise now, outside the spaced-repetition schedule: the
 * questions whose latest answer was not fully right (`review --missed`), or
 * the N with the lowest accuracy (`review --weakest N`). Pure: over the
 * saved answers, in time order as the log holds them.
 */
import { weakest } from '../../state/quiz-history.js';

interface Answered {
  key: string;
  points: number;
  at: string;
}

/** Keys whose latest answer scored less than a full point, the most recent miss first. */
export function missedKeys(answers: readonly Answered[]): string[] {
  const latest = new Map<string, Answered>();
  for (const a of answers) {
    const seen = latest.get(a.key);
    if (!seen || Date.parse(a.at) >= Date.parse(seen.at)) latest.set(a.key, a);
  }
  return [...latest.values()]
    .filter((a) => a.points < 1)
    .sort((x, y) => Date.parse(y.at) - Date.parse(x.at) || x.key.localeCompare(y.key))
    .map((a) => a.key);
}

/** The `count` keys answered least well (never a question always answered right). */
export function weakestKeys(answers: Parameters<typeof weakest>[0], count: number): string[] {
  return weakest(answers, count).map((row) => row.name);
}
