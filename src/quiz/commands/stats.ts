/**
 * `lm-quiz stats`: attempts, accuracy per topic and per type, the weakest
 * questions, cards due, and a sparkline of scores over time.
 */
import { packArgument } from '../../text/pack-argument.js';
import { localize } from '../../course/localized.js';
import { EXIT, UsageError } from '../../errors.js';
import type { Io } from '../../io/io.js';
import { dueCards, loadReplay } from '../../state/cards.js';
import { sanitize } from '../../text/sanitize.js';
import type { QuestionType } from '../../course/schema.js';
import { renderStats, type StatsView } from '../render/history.js';
import { formatWhen } from '../render/when.js';
import { openHistory } from './history-store.js';
import { say, setup, type CommonOptions } from './setup.js';
import { ALL, poolFor } from './target.js';

export interface StatsOptions extends CommonOptions {
  json?: boolean | undefined;
}

export async function stats(opts: StatsOptions, io: Io): Promise<number> {
  const s = setup(opts, io);
  // The log is folded (through its snapshot), not held: a 100 MB history costs its questions and attempts.
  const log = openHistory(s, { index: await loadReplay() });
  if (log.refused) throw new UsageError(s.t.historyRefused);
  const index = log.index!;
  if (index.answers === 0 && !opts.json) {
    say(io, s.t.noHistory);
    return EXIT.ok;
  }
  const pool = new Map(s.course.quizzes().length > 0 ? poolFor(ALL, s).map((p) => [p.key, p]) : []);
  const cards = index.cardStates();
  const due = dueCards(cards, io.now());
  const next = cards.filter((c) => c.due > io.now()).sort((a, b) => a.due.getTime() - b.due.getTime())[0];
  const scores = [...index.scores()];
  const view: StatsView = {
    attempts: scores.length,
    answers: index.answers,
    byTopic: index.accuracy('topic').map((r) => ({ ...r, label: s.topicName(r.name) })),
    byType: index.accuracy('type').map((r) => ({ ...r, label: s.t.typeNames[r.name as QuestionType] ?? r.name })),
    weakest: index.weakest(5).map((w) => {
      const item = pool.get(w.name);
      return { ...w, prompt: item ? sanitize(localize(item.question.prompt, s.lang, s.fallbacks)) : w.name, ref: item?.question.ref };
    }),
    due: due.length,
    nextDue: next ? formatWhen(next.due, io.now(), s.lang) : undefined,
    trend: scores.filter((a) => a.status === 'finished' && a.max > 0).map((a) => a.percent),
  };
  if (opts.json) {
    say(io, JSON.stringify({ ...view, dueKeys: due.map((c) => c.key) }, null, 2));
    return EXIT.ok;
  }
  say(io, renderStats(view, s.t, s.paint, s.width, packArgument(s.options.pack)));
  return EXIT.ok;
}
