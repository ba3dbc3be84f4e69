/** Opening the history log for a command, with its notices shown on stderr in the learner's language. */
import { QuizLog } from '../../state/quiz-log.js';
import { noticeText } from './recorder.js';
import { warn, type QuizSetup } from './setup.js';

export function openHistory(s: QuizSetup, opts: Parameters<typeof QuizLog.open>[2] = {}): QuizLog {
  const log = QuizLog.open(s.stateDir, s.io.now(), opts);
  for (const notice of log.notices) warn(s.io, noticeText(notice, s.t));
  return log;
}
