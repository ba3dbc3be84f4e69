/**
 * `lm-quiz reset [--topic T]`: clears the history (of one topic) after a
 * confirmation, or at once with --yes. The old log is kept beside the new one
 * and the learner is told where. Without a terminal and without --yes: exit 2.
 */
import { EXIT, StateError, UsageError } from '../../errors.js';
import type { Io } from '../../io/io.js';
import { answersOf, keepAfterReset } from '../../state/quiz-history.js';
import { openHistory } from './history-store.js';
import type { Prompter } from './prompter.js';
import { say, setup, type CommonOptions } from './setup.js';

export interface ResetOptions extends CommonOptions {
  topic?: string | undefined;
  yes?: boolean | undefined;
}

export async function reset(opts: ResetOptions, io: Io, prompter?: Prompter): Promise<number> {
  const s = setup(opts, io);
  const { t } = s;
  const log = openHistory(s);
  if (log.refused) throw new UsageError(t.historyRefused);
  const answers = answersOf(log.events);
  if (opts.topic !== undefined) {
    const known = [...new Set([...Object.keys(s.course.manifest.topics), ...answers.map((a) => a.topic)])];
    if (!known.includes(opts.topic)) throw new UsageError(t.unknownTopic(opts.topic, known));
  }
  const affected = answers.filter((a) => opts.topic === undefined || a.topic === opts.topic).length;
  if (log.events.length === 0 || (opts.topic !== undefined && affected === 0)) {
    say(io, t.resetNothing);
    return EXIT.ok;
  }
  if (!opts.yes) {
    if (!prompter && !io.stdin.isTTY) throw new UsageError(t.resetNeedsYes);
    const p = prompter ?? (await import('../prompts/prompter.js')).createPrompter({ lang: s.lang, t, paint: s.paint });
    const question = opts.topic === undefined ? t.resetConfirmAll(affected) : t.resetConfirmTopic(s.topicName(opts.topic), affected);
    if (!(await p.confirm(question, false))) {
      say(io, t.resetCancelled);
      return EXIT.ok;
    }
  }
  const done = log.rewrite(keepAfterReset(log.events, opts.topic), 'before-reset', io.now());
  if ('busy' in done) throw new UsageError(t.resetBusy);
  if ('code' in done) throw new StateError(t.resetCannotWrite(log.file, done.code));
  // The same count the question gave: answers, not the log's lines (starts, ends and easy marks are lines too).
  say(io, t.resetDone(affected, done.backup ?? log.file));
  return EXIT.ok;
}
