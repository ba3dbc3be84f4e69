/**
 * `lm-quiz review`: the questions due now (FSRS), most overdue first, played
 * like a quiz. A due question no longer in the pack is counted, not asked.
 * `--missed` practises now the questions last answered wrong, `--weakest N`
 * the N answered least well, whatever the schedule says.
 */
import { EXIT, UsageError } from '../../errors.js';
import type { Io } from '../../io/io.js';
import type { QuizLog } from '../../state/quiz-log.js';
import { planInOrder } from '../engine/select.js';
import { openHistory } from './history-store.js';
import { playAttempt } from './play-loop.js';
import type { Prompter } from './prompter.js';
import { say, setup, type CommonOptions, type QuizSetup } from './setup.js';
import { ALL, poolFor } from './target.js';
import { formatWhen } from '../render/when.js';
import { hint } from '../render/wrap.js';
import { dueCards, loadReplay } from '../../state/cards.js';
import type { HistoryIndex } from '../../state/history-index.js';
import { randomSeed } from './random.js';

export interface ReviewOptions extends CommonOptions {
  count?: number | undefined;
  missed?: boolean | undefined;
  weakest?: number | undefined;
}

export type PracticePick = { missed: true } | { weakest: number };

export async function review(opts: ReviewOptions, io: Io): Promise<number> {
  const s = setup(opts, io);
  if (!io.stdin.isTTY) throw new UsageError(s.t.notATerminal);
  const log = openHistory(s, { index: await loadReplay() });
  if (log.refused) throw new UsageError(s.t.historyRefused);
  if (opts.missed && opts.weakest !== undefined) throw new UsageError(s.t.missedOrWeakest);
  const { createPrompter } = await import('../prompts/prompter.js');
  const p = createPrompter({ lang: s.lang, t: s.t, paint: s.paint, width: s.fixedWidth });
  const pick: PracticePick | undefined = opts.missed ? { missed: true } : opts.weakest !== undefined ? { weakest: opts.weakest } : undefined;
  if (pick) return playPractice(s, p, log, pick, { seed: randomSeed(), count: opts.count });
  return playReview(s, p, log, { seed: randomSeed(), count: opts.count });
}

/**
 * The missed or weakest questions, now: played as a retry, so they count for the schedule like any answer.
 * `log`: opened with an index (see openHistory).
 */
export async function playPractice(s: QuizSetup, p: Prompter, log: QuizLog, pick: PracticePick, opts: { seed: string; count?: number | undefined }): Promise<number> {
  const { t, io } = s;
  const pool = new Map(poolFor(ALL, s).map((item) => [item.key, item]));
  const index = indexOf(log);
  const keys = 'missed' in pick ? index.missed() : index.weakest(pick.weakest).map((row) => row.name);
  const items = keys.flatMap((key) => pool.get(key) ?? []).slice(0, opts.count);
  if (items.length === 0) {
    say(io, 'missed' in pick ? t.nothingMissed : t.nothingWeak);
    return EXIT.ok;
  }
  const title = 'missed' in pick ? t.practiceMissedTitle(items.length) : t.practiceWeakestTitle(items.length);
  await playAttempt(s, p, log, planInOrder(items, opts.seed), { mode: 'retry', target: ALL, title });
  return EXIT.ok;
}

/** The questions due now. `log`: opened with an index (see openHistory). */
export async function playReview(s: QuizSetup, p: Prompter, log: QuizLog, opts: { seed: string; count?: number | undefined }): Promise<number> {
  const { t, io, paint } = s;
  const pool = new Map(poolFor(ALL, s).map((item) => [item.key, item]));
  const index = indexOf(log);
  const due = dueCards(index.cardStates(), io.now());
  const items = due.flatMap((card) => pool.get(card.key) ?? []).slice(0, opts.count);
  const gone = due.filter((card) => !pool.has(card.key)).length;
  if (items.length === 0) {
    say(io, t.nothingDue);
    const next = index.cardStates().filter((c) => pool.has(c.key)).sort((a, b) => a.due.getTime() - b.due.getTime())[0];
    if (next) say(io, paint.dim(t.nextDueAt(formatWhen(next.due, io.now(), s.lang))));
    if (index.missed().some((key) => pool.has(key))) say(io, hint(paint.dim(t.practiseMissedHint), s.widthNow(), t.keepWhole).join('\n'));
    return EXIT.ok;
  }
  // The attempt's own first line is the title: printed once.
  if (gone > 0) say(io, paint.dim(t.reviewGone(gone)));
  await playAttempt(s, p, log, planInOrder(items, opts.seed), { mode: 'review', target: 'review', title: t.reviewTitle(items.length) });
  return EXIT.ok;
}

/** The log's fold (empty for a log refused: nothing is due, nothing was missed). */
function indexOf(log: QuizLog): HistoryIndex {
  if (!log.index) throw new Error('the history was opened without its index');
  return log.index;
}
