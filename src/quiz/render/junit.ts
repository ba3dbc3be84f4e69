/**
 * JUnit XML for classroom CI: one test case per question (class
 * `lm-quiz.<quiz>`, name the question id); an answer that is not fully right
 * is a failure whose message gives the points and whose body gives the answer,
 * the correct one and where to read more.
 */
import { showCommand } from '../../text/pack-argument.js';
import type { QuizMessages } from '../../i18n/quiz.js';
import type { Summary } from '../engine/summary.js';
import type { Outcome, PlanItem } from '../engine/types.js';
import { answerLines, correctLines } from './answer-text.js';
import { trim } from './numbers.js';
import type { QuestionView } from './question-view.js';
import { verdictLine } from './feedback.js';
import { plain } from './paint.js';

export interface JunitMeta {
  target: string;
  seed: string;
  lang: string;
  finishedAt: Date;
  /** `--pack DIR` when the quiz was given one, else ''. */
  packArg: string;
}

export function renderJunit(
  summary: Summary,
  items: readonly PlanItem[],
  outcomes: readonly Outcome[],
  views: ReadonlyMap<string, QuestionView>,
  meta: JunitMeta,
  t: QuizMessages,
): string {
  const failures = outcomes.filter((o) => o.verdict !== 'right').length;
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const cases = outcomes.map((o) => {
    const item = items[o.index]!;
    const view = views.get(o.key)!;
    const open = `    <testcase classname="${attr(`lm-quiz.${item.quizId}`)}" name="${attr(item.question.id)}" time="${seconds(o.ms)}"`;
    if (o.verdict === 'right') return `${open}/>`;
    const body = [
      `${t.answerLabel} ${answerLines(view, o.response, t, meta.lang).join('; ')}`,
      `${t.correctAnswer} ${correctLines(view, t, meta.lang).join('; ')}`,
      `${t.readMore} ${showCommand(meta.packArg, view.ref)}`,
    ].join('\n');
    const message = `${verdictLine(o, t, plain)} (${trim(o.points)}/1)`;
    return `${open}>\n      <failure message="${attr(message)}" type="${o.verdict}">${text(body)}</failure>\n    </testcase>`;
  });
  const props = [
    ['seed', meta.seed],
    ['lang', meta.lang],
    ['points', trim(summary.points)],
    ['max', String(summary.max)],
    ['percent', String(summary.percent)],
    ['passed', String(summary.passed)],
  ]
    .map(([name, value]) => `      <property name="${name}" value="${attr(value!)}"/>`)
    .join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="lm-quiz" tests="${outcomes.length}" failures="${failures}" time="${seconds(summary.durationMs)}">`,
    `  <testsuite name="${attr(meta.target)}" tests="${outcomes.length}" failures="${failures}" errors="0" skipped="0" time="${seconds(summary.durationMs)}" timestamp="${meta.finishedAt.toISOString().slice(0, 19)}">`,
    '    <properties>',
    props,
    '    </properties>',
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

// Characters XML 1.0 does not allow at all, even escaped.
const INVALID_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

function text(value: string): string {
  return value.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}
