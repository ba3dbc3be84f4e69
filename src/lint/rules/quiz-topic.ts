/** Each quiz's `topic` is one of the manifest's `topics`. */
import { closest } from '../../text/closest.js';
import type { RuleContext, RuleMeta } from '../rule.js';
import { yamlAt } from '../where.js';

export const meta: RuleMeta = {
  id: 'quiz-topic',
  severity: 'error',
  description: {
    en: "A quiz's topic must be a key of the topics in course.yaml",
    zh: '测验的 topic 必须是 course.yaml 中 topics 的键',
  },
  fixable: false,
};

const messages = {
  en: { unknown: (topic: string, hint: string | undefined) => `topic '${topic}' is not in content/course.yaml topics${hint ? ` (did you mean '${hint}'?)` : ''}` },
  zh: { unknown: (topic: string, hint: string | undefined) => `topic“${topic}”不在 content/course.yaml 的 topics 中${hint ? `（是否应为“${hint}”？）` : ''}` },
};

export function check(ctx: RuleContext): void {
  const topics = ctx.pack.manifest.data?.topics;
  if (!topics) return;
  const m = ctx.msg(messages);
  const known = Object.keys(topics);
  for (const quiz of ctx.pack.quizzes) {
    const topic = quiz.header?.topic;
    if (topic === undefined || Object.hasOwn(topics, topic)) continue;
    ctx.report({ file: quiz.file, position: yamlAt(quiz.source, ['topic']), message: m.unknown(topic, closest(topic, known, 1)[0]) });
  }
}
