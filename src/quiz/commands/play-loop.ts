/**
 * One attempt at the terminal, as a thin loop around the engine: the
 * question (its prompt draws the header and the question itself, so a resize
 * can lay them out again), grade, save, feedback, next. `s` skips a question
 * to the end and `b` returns to one skipped just before; `r` after the
 * feedback shows the section to read. Ctrl-C marks the attempt abandoned (its
 * answers are already saved) and ends the run with exit 130.
 */
import { packArgument } from '../../text/pack-argument.js';
import { InterruptedError } from '../../errors.js';
import type { AttemptMode } from '../../state/quiz-events.js';
import type { QuizLog } from '../../state/quiz-log.js';
import { abandon, answer, back, canGoBack, current, currentIndex, isSecondChance, scoreSoFar, show, skip, start, type SessionState } from '../engine/session.js';
import { summarize, type Summary } from '../engine/summary.js';
import type { Outcome, Plan } from '../engine/types.js';
import { renderFeedback } from '../render/feedback.js';
import { renderHeader, renderPrompt } from '../render/question.js';
import { viewOf, type QuestionView } from '../render/question-view.js';
import { renderSummary } from '../render/summary.js';
import { labelled, wrap, wrapParts } from '../render/wrap.js';
import { isMove, type Prompter } from './prompter.js';
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
  const { io, t, paint, lang } = s;
  const recorder = new Recorder(log, io, t);
  const views = new Map<string, QuestionView>(plan.items.map((item) => [item.key, viewOf(item, lang, s.fallbacks)]));
  const startWidth = s.widthNow();
  say(io, wrapParts(t.intro(meta.title, plan.items.length, plan.seed), startWidth).map((line) => paint.strong(line)).join('\n'));
  if (meta.mode === 'quiz') say(io, wrap(t.repeatWith(plan.seed), startWidth).map((line) => paint.dim(line)).join('\n'));
  recorder.start(plan, meta.mode, meta.target, lang);

  let state = start(plan, io.now().getTime());
  let announcedSecondChance = false;
  try {
    for (let item = current(state); item; item = current(state)) {
      const view = views.get(item.key)!;
      const skippedBefore = isSecondChance(state);
      if (skippedBefore && !announcedSecondChance) {
        announcedSecondChance = true;
        const title = wrap(t.skippedTitle(state.queue.filter((i) => state.skipped.includes(i)).length), s.widthNow());
        say(io, `\n${title.map((line) => paint.dim(line)).join('\n')}`);
      }
      const header = { position: currentIndex(state)! + 1, total: plan.items.length, topicName: s.topicName(item.topic), score: scoreSoFar(state) };
      const intro = (width: number) => ['', ...renderHeader(header, t, paint, width), renderPrompt(view, width, paint)].join('\n');
      state = show(state, io.now().getTime());
      const reply = await prompter.answer(view, { intro, canSkip: true, canBack: canGoBack(state), skippedBefore });
      if (isMove(reply)) {
        const answered = state.outcomes.length;
        state = reply.move === 'skip' ? skip(state, io.now().getTime()) : back(state, io.now().getTime());
        // Skipped a second time: scored as unanswered, with its feedback like any answer.
        if (state.outcomes.length > answered) await afterAnswer(s, prompter, recorder, view, state.outcomes[answered]!, intro);
        continue;
      }
      state = answer(state, reply, io.now().getTime());
      await afterAnswer(s, prompter, recorder, view, state.outcomes[state.outcomes.length - 1]!, intro);
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
  const width = s.widthNow();
  say(io, `\n${renderSummary(summary, t, paint, { width, lang, topicName: s.topicName, views, aborted: false, packArg: packArgument(s.options.pack) })}`);
  say(io, paint.dim(recorder.isSaving ? labelled(t.historyLabel, log.file, width).join('\n') : t.notSaved));
  return { state, summary, views };
}

/** Saves a graded answer, shows its feedback, and waits for the learner to go on (or to read more first). */
async function afterAnswer(s: QuizSetup, prompter: Prompter, recorder: Recorder, view: QuestionView, outcome: Outcome, intro: (width: number) => string): Promise<void> {
  const { io, t, paint, lang } = s;
  recorder.answer(outcome);
  const feedback = (width: number) => renderFeedback(view, outcome, t, paint, { width, lang, showAnswer: false, packArg: packArgument(s.options.pack) });
  // After a resize has cleared the screen: the question and the answer given, above the feedback.
  const answered = (width: number) => {
    const full = renderFeedback(view, outcome, t, paint, { width, lang, showAnswer: true, packArg: packArgument(s.options.pack) }).split('\n');
    return [intro(width), ...full.slice(0, full.length - feedback(width).split('\n').length)].join('\n');
  };
  const offerEasy = outcome.verdict === 'right' && recorder.isSaving;
  for (let read = false; ; ) {
    // After the section is shown, the prompt asks again without drawing the feedback a second time.
    const choice = await prompter.next({ feedback: read ? () => '' : feedback, answered, easy: offerEasy, read: !read && view.ref !== '' });
    if (choice === 'easy') {
      recorder.markEasy(outcome);
      say(io, paint.dim(t.markedEasy));
    }
    if (choice !== 'read') return;
    read = true;
    const { readMore } = await import('./read-more.js');
    say(io, await readMore(s, view.ref));
  }
}
