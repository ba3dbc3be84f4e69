/**
 * Item analysis of a class's results, as Moodle's quiz statistics report
 * does it: per question, attempts, facility (mean score), discrimination
 * (the correlation of the item's score with the rest of the attempt's
 * score), the upper-minus-lower 27% index, and how often each choice was
 * picked; then flags for items nearly everyone gets right, items the
 * strongest learners miss more than the weakest, and distractors no one
 * picks. Results are matched to the pack by question id; a question whose
 * hash differs from the pack's is analysed apart, as is one not in the pack.
 */
import type { Question } from '../../course/schema.js';
import { mean, pearson, upperLower } from './correlation.js';
import type { Attempt, ItemResponse } from './results.js';

export type Flag = 'easy' | 'negative' | 'unused-distractor';

/** `current`: the pack's question; `changed`: the question has changed since; `unknown`: not in the pack. */
export type Version = 'current' | 'changed' | 'unknown';

export interface ChoiceCount {
  index: number;
  correct: boolean | null;
  count: number;
}

export interface ItemStats {
  key: string;
  type: string;
  version: Version;
  /** The results' hash of the question, when they carried one. */
  hash: string | null;
  attempts: number;
  facility: number;
  discrimination: number | null;
  upperLower: number | null;
  /** Choice questions: picks per choice (original order). */
  choices: ChoiceCount[] | null;
  flags: Flag[];
}

export interface Analysis {
  attempts: number;
  items: ItemStats[];
}

export interface Thresholds {
  /** Facility at or above which an item is too easy. */
  easy: number;
  /** Discrimination below which an item is flagged. */
  negative: number;
  /** Fewer attempts than this: no flags (the figures are still shown). */
  minAttempts: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { easy: 0.95, negative: 0, minAttempts: 20 };

export interface PackQuestion {
  question: Question;
  hash: string;
}

interface Scored {
  response: ItemResponse;
  /** The attempt's mean score on its other questions; undefined when it had no others. */
  rest: number | undefined;
}

/** `pack` in its order: current questions are listed that way, then changed ones, then unknown ones. */
export function analyze(attempts: readonly Attempt[], pack: ReadonlyMap<string, PackQuestion>, t: Thresholds = DEFAULT_THRESHOLDS): Analysis {
  const groups = new Map<string, { key: string; version: Version; hash: string | null; scored: Scored[] }>();
  for (const attempt of attempts) {
    const total = attempt.items.reduce((sum, r) => sum + r.points, 0);
    for (const response of attempt.items) {
      const others = attempt.items.length - 1;
      const rest = others > 0 ? (total - response.points) / others : undefined;
      const version = versionOf(response, pack.get(response.key));
      const id = `${response.key}\u0000${version}\u0000${version === 'current' ? '' : (response.hash ?? '')}`;
      let group = groups.get(id);
      if (!group) groups.set(id, (group = { key: response.key, version, hash: response.hash ?? null, scored: [] }));
      group.scored.push({ response, rest });
    }
  }
  const order = [...pack.keys()];
  const rank = (g: { key: string; version: Version }) => (g.version === 'current' ? order.indexOf(g.key) : order.length + (g.version === 'changed' ? 0 : 1));
  const items = [...groups.values()]
    .sort((a, b) => rank(a) - rank(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((g) => itemStats(g.key, g.version, g.hash, g.scored, g.version === 'current' ? pack.get(g.key)!.question : undefined, t));
  return { attempts: attempts.length, items };
}

function versionOf(r: ItemResponse, current: PackQuestion | undefined): Version {
  if (!current) return 'unknown';
  if (r.hash !== undefined) return r.hash === current.hash ? 'current' : 'changed';
  // No hash (a history, or an older result): the same type, and picks that exist, are taken as the same question.
  const q = current.question;
  if (q.type !== r.type) return 'changed';
  if ((q.type === 'single' || q.type === 'multiple') && r.picks?.some((i) => i >= q.choices.length)) return 'changed';
  return 'current';
}

function itemStats(key: string, version: Version, hash: string | null, scored: Scored[], q: Question | undefined, t: Thresholds): ItemStats {
  const points = scored.map((s) => s.response.points);
  const withRest = scored.filter((s): s is { response: ItemResponse; rest: number } => s.rest !== undefined);
  const xs = withRest.map((s) => s.response.points);
  const ys = withRest.map((s) => s.rest);
  const facility = mean(points);
  const discrimination = pearson(xs, ys);
  const choices = choiceCounts(scored, q);
  const flags: Flag[] = [];
  if (scored.length >= t.minAttempts) {
    if (facility >= t.easy) flags.push('easy');
    if (discrimination !== null && discrimination < t.negative) flags.push('negative');
    // On an item nearly everyone gets right, unpicked distractors are expected: `easy` says it.
    if (version === 'current' && !flags.includes('easy') && choices?.some((c) => c.correct === false && c.count === 0)) flags.push('unused-distractor');
  }
  return { key, type: scored[0]!.response.type, version, hash, attempts: scored.length, facility, discrimination, upperLower: upperLower(xs, ys), choices, flags };
}

function choiceCounts(scored: Scored[], q: Question | undefined): ChoiceCount[] | null {
  const picks = scored.map((s) => s.response.picks);
  if (picks.every((p) => p === null)) return null;
  const known = q && (q.type === 'single' || q.type === 'multiple') ? q.choices : undefined;
  const n = known ? known.length : Math.max(0, ...picks.flatMap((p) => (p ?? []).map((i) => i + 1)));
  const counts = Array.from({ length: n }, (_, index) => ({ index, correct: known ? known[index]!.correct === true : null, count: 0 }));
  for (const p of picks) for (const i of new Set(p ?? [])) if (counts[i]) counts[i].count++;
  return counts;
}
