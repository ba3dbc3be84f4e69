/**
 * One attempt at the terminal, as a thin loop around the engine: header,
 * question, prompt, grade, save, feedback, next. Ctrl-C marks the attempt
 * abandoned (its answers are already saved) and ends the run with exit 130.
 */
import { InterruptedError } from '../../errors.js';
import type { AttemptMode } from '../../state/quiz-events.js';
import type { QuizLog } from '../../state/quiz-log.js';
import { abandon, answer, current, scoreSoFar, show, start, type SessionState } from '../engine/session.js';
import { summarize, type Summary } from '../engine/summary.js';
import type { Plan } from '../engine/types.js';
import { renderFeedback } from '../render/feedback.js';
import { renderHeader, renderPrompt } from '../render/question.js';
import { viewOf, type QuestionView } from '../render/question-view.js';
import { renderSummary } from '../render/summary.js';
import type { Prompter } from './prompter.js';
import { Recorder } from './recorder.js';
import { say, warn, type QuizSetup } from './setup.js';

export interface Played {
  state: SessionState;
  summary: Summary;
  views: Map<string, QuestionView>;
}

export async function playAttempt(
  s: QuizSetup,
  prompter: Prompter,
  log: QuizLog,
  plan: Plan,
  meta: { mode: AttemptMode; target: string; title: string },
): Promise<Played> {
  const { io, t, paint, width, lang } = s;
  const recorder = new Recorder(log, io, t);
  const views = new Map<string, QuestionView>(plan.items.map((item) => [item.key, viewOf(item, lang, s.fallbacks)]));
  say(io, paint.strong(t.intro(meta.title, plan.items.length, plan.seed)));
  if (meta.mode === 'quiz') say(io, paint.dim(t.repeatWith(plan.seed)));
  recorder.start(plan, meta.mode, meta.target, lang);

  let state = start(plan, io.now().getTime());
  try {
    for (let item = current(state); item; item = current(state)) {
      const view = views.get(item.key)!;
      const position = state.outcomes.length + 1;
      say(io, ['', renderHeader({ position, total: plan.items.length, topicName: s.topicName(item.topic), score: scoreSoFar(state) }, t, paint), renderPrompt(view, width, paint)].join('\n'));
      state = show(state, io.now().getTime());
      const response = await prompter.answer(view);
      state = answer(state, response, io.now().getTime());
      const outcome = state.outcomes[state.outcomes.length - 1]!;
      recorder.answer(outcome);
      say(io, renderFeedback(view, outcome, t, paint, { width, lang, showAnswer: false }));
      const offerEasy = outcome.verdict === 'right' && recorder.isSaving;
      if ((await prompter.next(offerEasy)) === 'easy') {
        recorder.markEasy(outcome);
        say(io, paint.dim(t.markedEasy));
      }
    }
  } catch (error) {
    if (!(error instanceof InterruptedError)) throw error;
    state = abandon(state, io.now().getTime());
    recorder.end(state, summarize(state));
    warn(io, `\n${recorder.isSaving ? t.stopped(recorder.saved) : t.stoppedUnsaved}`);
    throw error;
  }
  const summary = summarize(state);
  recorder.end(state, summary);
  say(io, `\n${renderSummary(summary, t, paint, { width, lang, topicName: s.topicName, views, aborted: false })}`);
  say(io, paint.dim(recorder.isSaving ? t.savedTo(log.file) : t.notSaved));
  return { state, summary, views };
}
