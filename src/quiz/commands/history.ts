/** `lm-quiz history`: past attempts, newest last (or as JSON). */
import { EXIT, UsageError } from '../../errors.js';
import type { Io } from '../../io/io.js';
import { loadReplay } from '../../state/cards.js';
import { eventsOf } from '../../state/history-read.js';
import { attemptsOf, type AttemptRecord } from '../../state/quiz-history.js';
import { renderHistory } from '../render/history.js';
import { openHistory } from './history-store.js';
import { say, setup, type CommonOptions, type QuizSetup } from './setup.js';
import { targetTitle } from './target.js';

export interface HistoryOptions extends CommonOptions {
  count?: number | undefined;
  json?: boolean | undefined;
}

export async function history(opts: HistoryOptions, io: Io): Promise<number> {
  const s = setup(opts, io);
  // The log is folded, not held; then only the attempts shown are read again, from the first line of the earliest.
  const log = openHistory(s, { index: await loadReplay(), schedule: false });
  if (log.refused) throw new UsageError(s.t.historyRefused);
  const index = log.index!;
  const shown = [...index.scores()].slice(-(opts.count ?? 20));
  const from = !index.strict ? shown.reduce((min, a) => Math.min(min, a.offset), Number.POSITIVE_INFINITY) : 0;
  const attempts = shown.length === 0 ? [] : attemptsOf(eventsOf(log.file, new Set(shown.map((a) => a.id)), from));
  if (opts.json) {
    say(io, JSON.stringify(attempts.map(attemptJson), null, 2));
    return EXIT.ok;
  }
  if (attempts.length === 0) {
    say(io, s.t.noHistory);
    return EXIT.ok;
  }
  say(io, renderHistory(attempts.map((record) => ({ record, title: attemptTitle(record, s) })), s.t, s.paint, s.width));
  return EXIT.ok;
}

export function attemptTitle(record: AttemptRecord, s: QuizSetup): string {
  const target = record.start?.target;
  if (target === undefined) return '?';
  if (target === 'review') return s.t.modeNames.review;
  return targetTitle(target, s);
}

function attemptJson(r: AttemptRecord) {
  return {
    id: r.id,
    startedAt: r.startedAt,
    mode: r.start?.mode ?? null,
    target: r.start?.target ?? null,
    seed: r.start?.seed ?? null,
    lang: r.start?.lang ?? null,
    status: r.status,
    points: r.points,
    max: r.max,
    percent: r.percent,
    passed: r.end?.passed ?? null,
    questions: r.start?.plan ?? [],
    answers: r.answers.map((a) => ({ key: a.key, points: a.points, verdict: a.verdict, response: a.response, ms: a.ms, at: a.at })),
  };
}
