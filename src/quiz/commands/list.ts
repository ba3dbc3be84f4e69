/** `lm-quiz list`: the topics and their quizzes, with question counts and pass marks. */
import { localize } from '../../course/localized.js';
import type { Io } from '../../io/io.js';
import { hang } from '../../render/layout.js';
import { sanitize } from '../../text/sanitize.js';
import { percentOf } from '../render/numbers.js';
import { hint } from '../render/wrap.js';
import { say, setup, type CommonOptions } from './setup.js';

export async function list(opts: CommonOptions, io: Io): Promise<number> {
  const s = setup(opts, io);
  const { t, paint, width } = s;
  const quizzes = s.course.quizzes();
  const topics = [...new Set([...Object.keys(s.course.manifest.topics), ...quizzes.map((q) => q.topic)])];
  const lines: string[] = [paint.strong(t.listTitle)];
  for (const topic of topics) {
    const inTopic = quizzes.filter((q) => q.topic === topic);
    const count = inTopic.reduce((n, q) => n + q.questions.length, 0);
    lines.push('', ...hang(`${paint.strong(s.topicName(topic))} ${paint.dim(`(${topic})`)} · ${t.questionCount(count)}`, width, '', '  ', [t.questionCount(count)]));
    for (const quiz of inTopic) {
      const title = sanitize(localize(quiz.title, s.lang, s.fallbacks));
      const pass = percentOf(quiz.pass);
      lines.push(...hang(t.listLine(paint.accent(quiz.id), title, quiz.questions.length, pass), width, '  ', '    ', [t.questionCount(quiz.questions.length), t.passMark(pass)]));
    }
  }
  lines.push('', ...hint(paint.dim(t.listHint), width, t.keepWhole));
  say(io, lines.join('\n'));
  return 0;
}
