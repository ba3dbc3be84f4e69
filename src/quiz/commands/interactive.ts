/**
 * `lm-quiz [target]` at a terminal: a menu when no target is given (a topic
 * or everything, how many questions, or the review when cards are due), the
 * attempt, then an offer to retry just the missed questions.
 */
import { packArgument } from '../../text/pack-argument.js';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT, UsageError } from '../../errors.js';
import { planAttempt, type PoolItem } from '../engine/select.js';
import { renderJunit } from '../render/junit.js';
import { hint } from '../render/wrap.js';
import { openHistory } from './history-store.js';
import { playAttempt, type Played } from './play-loop.js';
import type { Prompter } from './prompter.js';
import { playReview } from './review.js';
import { say, type QuizSetup } from './setup.js';
import { ALL, poolFor, quizzesFor, targetTitle } from './target.js';
import { dueCards, loadReplay } from '../../state/cards.js';
import type { HistoryIndex } from '../../state/history-index.js';

export interface InteractiveOptions {
  count?: number | undefined;
  seed: string;
  junit?: string | undefined;
  failUnder?: number | undefined;
}

const REVIEW = Symbol('review');

export async function runInteractive(s: QuizSetup, target: string | undefined, opts: InteractiveOptions, prompter?: Prompter): Promise<number> {
  const p = prompter ?? (await import('../prompts/prompter.js')).createPrompter({ lang: s.lang, t: s.t, paint: s.paint, width: s.fixedWidth });
  // Folded, not held (a 100 MB history costs its questions and attempts); a refused log folds to nothing.
  const log = openHistory(s, { index: await loadReplay() });
  let count = opts.count;
  let chosen: string | typeof REVIEW = target ?? ALL;
  if (target === undefined) {
    const menu = await askMenu(s, p, log.index!);
    chosen = menu.target;
    count = menu.count;
  }
  if (chosen === REVIEW) return playReview(s, p, log, { seed: opts.seed, count });

  const pool = poolFor(chosen, s);
  const first = await playAttempt(s, p, log, planAttempt(pool, opts.seed, count), { mode: 'quiz', target: chosen, title: targetTitle(chosen, s) });
  let last: Played = first;
  for (let round = 1; last.summary.missed.length > 0; round++) {
    say(s.io, '');
    if (!(await p.confirm(s.t.retryMissed(last.summary.missed.length), true))) break;
    const missed = new Set(last.summary.missed.map((m) => m.key));
    const retryPool: PoolItem[] = last.state.plan.items.filter((item) => missed.has(item.key));
    say(s.io, '');
    last = await playAttempt(s, p, log, planAttempt(retryPool, `${opts.seed}-retry${round}`), { mode: 'retry', target: chosen, title: targetTitle(chosen, s) });
  }
  if (opts.junit !== undefined) writeJunit(s, first, chosen, opts.junit);
  return opts.failUnder !== undefined && first.summary.percent < opts.failUnder ? EXIT.failure : EXIT.ok;
}

async function askMenu(s: QuizSetup, p: Prompter, index: HistoryIndex): Promise<{ target: string | typeof REVIEW; count: number | undefined }> {
  const { t } = s;
  const quizzes = quizzesFor(ALL, s);
  const total = quizzes.reduce((n, q) => n + q.questions.length, 0);
  const topics = [...new Set([...Object.keys(s.course.manifest.topics), ...quizzes.map((q) => q.topic)])];
  const due = dueCards(index.cardStates(), s.io.now()).length;
  const choices: { name: string; value: string | typeof REVIEW }[] = [];
  if (due > 0) choices.push({ name: t.reviewChoice(due), value: REVIEW });
  for (const topic of topics) {
    const n = quizzes.filter((q) => q.topic === topic).reduce((sum, q) => sum + q.questions.length, 0);
    if (n > 0) choices.push({ name: t.topicChoice(s.topicName(topic), n), value: topic });
  }
  choices.push({ name: t.allTopics(total), value: ALL });
  say(s.io, hint(s.paint.dim(t.dueCount(due)), s.widthNow(), t.keepWhole).join('\n'));
  const target = await p.select(t.chooseTopic, choices);
  if (target === REVIEW) return { target, count: undefined };
  const max = poolFor(target, s).length;
  const count = max === 1 ? 1 : await p.count(t.howMany(max), max, Math.min(10, max));
  return { target, count };
}

function writeJunit(s: QuizSetup, played: Played, target: string, file: string): void {
  const xml = renderJunit(played.summary, played.state.plan.items, played.state.outcomes, played.views, { target, seed: played.state.plan.seed, lang: s.lang, finishedAt: s.io.now(), packArg: packArgument(s.options.pack) }, s.t);
  try {
    writeFileSync(resolve(s.io.cwd, file), xml);
  } catch (error) {
    throw new UsageError(s.t.cannotWriteJunit(file, (error as NodeJS.ErrnoException).code ?? 'EIO'));
  }
}
