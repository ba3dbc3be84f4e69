/**
 * The `--json` result (format "lm-quiz-result/1", documented in docs/quiz.md).
 * Answers use the `--answers` shapes with the pack's original indices, so a
 * result's answers can be fed back as an answers file.
 */
import type { QuizMessages } from '../../i18n/quiz.js';
import type { Summary } from '../engine/summary.js';
import type { Outcome, PlanItem, Response } from '../engine/types.js';
import { correctResponse } from '../engine/grade.js';
import { questionHash } from '../analysis/question-hash.js';

export const RESULT_FORMAT = 'lm-quiz-result/1';

export interface ResultMeta {
  target: string;
  seed: string;
  lang: string;
  startedAt: Date;
  finishedAt: Date;
  saved: boolean;
}

export function resultJson(summary: Summary, items: readonly PlanItem[], outcomes: readonly Outcome[], meta: ResultMeta, t: QuizMessages): object {
  return {
    format: RESULT_FORMAT,
    target: meta.target,
    quizzes: [...new Set(items.map((i) => i.quizId))],
    seed: meta.seed,
    lang: meta.lang,
    startedAt: meta.startedAt.toISOString(),
    finishedAt: meta.finishedAt.toISOString(),
    durationMs: summary.durationMs,
    points: summary.points,
    max: summary.max,
    percent: summary.percent,
    pass: Math.round(summary.pass * 1000) / 10,
    passed: summary.passed,
    byTopic: summary.byTopic,
    byType: summary.byType.map((r) => ({ ...r, name: t.typeNames[r.type] })),
    questions: outcomes.map((o) => {
      const item = items[o.index]!;
      return {
        key: o.key,
        id: item.question.id,
        quiz: item.quizId,
        topic: o.topic,
        type: o.type,
        points: o.points,
        verdict: o.verdict,
        answer: answerJson(o.response),
        correct: answerJson(correctResponse(item.question)),
        shown: item.shown ?? null,
        ref: item.question.ref,
        ms: o.ms,
        hash: questionHash(item.question),
      };
    }),
    saved: meta.saved,
  };
}

/** A response in the `--answers` shape. */
export function answerJson(response: Response): unknown {
  switch (response.type) {
    case 'none':
      return null;
    case 'single':
      return response.choice;
    case 'multiple':
      return response.choices;
    case 'truefalse':
      return response.value;
    case 'order':
      return response.order;
    case 'numeric':
      return response.value;
    case 'match':
      return response.pairs.map((r) => (r < 0 ? null : r));
  }
}
