/**
 * `lm-quiz stats`: attempts, accuracy per topic and per type, the weakest
 * questions, cards due, and a sparkline of scores over time.
 */
import { packArgument } from '../../text/pack-argument.js';
import { localize } from '../../course/localized.js';
import { EXIT, UsageError } from '../../errors.js';
import type { Io } from '../../io/io.js';
import { cardsFrom, dueCards } from '../../state/cards.js';
import { accuracyBy, answersOf, attemptsOf, weakest } from '../../state/quiz-history.js';
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
  const log = openHistory(s);
  if (log.refused) throw new UsageError(s.t.historyRefused);
  const answers = answersOf(log.events);
  if (answers.length === 0 && !opts.json) {
    say(io, s.t.noHistory);
    return EXIT.ok;
  }
  const pool = new Map(s.course.quizzes().length > 0 ? poolFor(ALL, s).map((p) => [p.key, p]) : []);
  const cards = await cardsFrom(answers);
  const due = dueCards(cards, io.now());
  const next = cards.filter((c) => c.due > io.now()).sort((a, b) => a.due.getTime() - b.due.getTime())[0];
  const attempts = attemptsOf(log.events);
  const view: StatsView = {
    attempts: attempts.length,
    answers: answers.length,
    byTopic: accuracyBy(answers, 'topic').map((r) => ({ ...r, label: s.topicName(r.name) })),
    byType: accuracyBy(answers, 'type').map((r) => ({ ...r, label: s.t.typeNames[r.name as QuestionType] ?? r.name })),
    weakest: weakest(answers, 5).map((w) => {
      const item = pool.get(w.name);
      return { ...w, prompt: item ? sanitize(localize(item.question.prompt, s.lang, s.fallbacks)) : w.name, ref: item?.question.ref };
    }),
    due: due.length,
    nextDue: next ? formatWhen(next.due, io.now(), s.lang) : undefined,
    trend: attempts.filter((a) => a.status === 'finished' && a.max > 0).map((a) => a.percent),
  };
  if (opts.json) {
    say(io, JSON.stringify({ ...view, dueKeys: due.map((c) => c.key) }, null, 2));
    return EXIT.ok;
  }
  say(io, renderStats(view, s.t, s.paint, s.width, packArgument(s.options.pack)));
  return EXIT.ok;
}
