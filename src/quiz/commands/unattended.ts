/**
 * A quiz answered from a file (`--answers`), for CI and scripts: the same
 * engine and history as at the terminal, a printed transcript (or `--json`),
 * optional JUnit XML, and `--fail-under`. A thin loop around the engine.
 */
import { packArgument } from '../../text/pack-argument.js';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT, UsageError } from '../../errors.js';
import { planAttempt } from '../engine/select.js';
import { answer, scoreSoFar, start } from '../engine/session.js';
import { summarize } from '../engine/summary.js';
import { renderFeedback } from '../render/feedback.js';
import { renderJunit } from '../render/junit.js';
import { renderHeader, renderPrompt, renderShownParts } from '../render/question.js';
import { viewOf, type QuestionView } from '../render/question-view.js';
import { resultJson } from '../render/result-json.js';
import { renderSummary } from '../render/summary.js';
import { labelled, wrap, wrapParts } from '../render/wrap.js';
import { matchAnswers, readAnswersFile } from './answers-file.js';
import { openHistory } from './history-store.js';
import { Recorder } from './recorder.js';
import { say, warn, type QuizSetup } from './setup.js';
import { poolFor, targetTitle } from './target.js';

export interface UnattendedOptions {
  answers: string;
  count?: number | undefined;
  seed: string;
  json: boolean;
  junit?: string | undefined;
  failUnder?: number | undefined;
}

export async function runUnattended(s: QuizSetup, target: string, opts: UnattendedOptions): Promise<number> {
  const { io, t, paint, width, lang } = s;
  const pool = poolFor(target, s);
  const plan = planAttempt(pool, opts.seed, opts.count);
  const answers = await readAnswersFile(opts.answers, s);
  const { responses, warnings } = matchAnswers(answers, plan, pool, opts.answers, s);
  for (const line of warnings) warn(io, line);

  // This run only appends: the history is checked (and repaired) but not kept in memory.
  const log = openHistory(s, { keepEvents: false });
  // With --json nothing is reported before the end: the attempt is saved in one go, before the report.
  const recorder = new Recorder(log, io, t, { batch: opts.json });
  const startedAt = io.now();
  recorder.start(plan, 'answers', target, lang);
  const views = new Map<string, QuestionView>(plan.items.map((item) => [item.key, viewOf(item, lang, s.fallbacks)]));
  if (!opts.json) {
    say(io, wrapParts(t.intro(targetTitle(target, s), plan.items.length, plan.seed), width).map((line) => paint.strong(line)).join('\n'));
    say(io, wrap(t.repeatWith(plan.seed), width).map((line) => paint.dim(line)).join('\n'));
  }

  let state = start(plan, startedAt.getTime());
  plan.items.forEach((item, i) => {
    const view = views.get(item.key)!;
    const header = renderHeader({ position: i + 1, total: plan.items.length, topicName: s.topicName(item.topic), score: scoreSoFar(state) }, t, paint, width).join('\n');
    state = answer(state, responses[i]!, io.now().getTime());
    const outcome = state.outcomes[i]!;
    recorder.answer(outcome);
    if (!opts.json) {
      const parts = renderShownParts(view, width, t);
      say(io, ['', header, renderPrompt(view, width, paint), ...parts].join('\n'));
      say(io, renderFeedback(view, outcome, t, paint, { width, lang, showAnswer: true, packArg: packArgument(s.options.pack) }));
    }
  });

  const summary = summarize(state);
  recorder.end(state, summary);
  recorder.flush();
  const finishedAt = io.now();
  if (opts.json) {
    const meta = { target, seed: plan.seed, lang, startedAt, finishedAt, saved: recorder.isSaving };
    say(io, JSON.stringify(resultJson(summary, plan.items, state.outcomes, meta, t), null, 2));
  } else {
    say(io, `\n${renderSummary(summary, t, paint, { width, lang, topicName: s.topicName, views, aborted: false, packArg: packArgument(s.options.pack) })}`);
    say(io, paint.dim(recorder.isSaving ? labelled(t.historyLabel, log.file, width).join('\n') : t.notSaved));
  }
  if (opts.junit !== undefined) {
    const xml = renderJunit(summary, plan.items, state.outcomes, views, { target, seed: plan.seed, lang, finishedAt, packArg: packArgument(s.options.pack) }, t);
    try {
      writeFileSync(resolve(io.cwd, opts.junit), xml);
    } catch (error) {
      throw new UsageError(t.cannotWriteJunit(opts.junit, (error as NodeJS.ErrnoException).code ?? 'EIO'));
    }
  }
  return opts.failUnder !== undefined && summary.percent < opts.failUnder ? EXIT.failure : EXIT.ok;
}
