import { describe, expect, it } from 'vitest';
import { quizMessages } from '../../../src/i18n/quiz.js';
import { grade } from '../../../src/quiz/engine/grade.js';
import type { Response } from '../../../src/quiz/engine/types.js';
import { renderFeedback } from '../../../src/quiz/render/feedback.js';
import { createPaint } from '../../../src/quiz/render/paint.js';
import { viewOf } from '../../../src/quiz/render/question-view.js';
import { order } from '../questions.js';

const long = 'Pre-trained language models (PLM): pre-train on unlabelled text, then fine-tune for each task';
const question = { ...order, items: [{ en: long, zh: long }, ...order.items.slice(1)] };

describe('feedback', () => {
  it('wraps a numbered answer part under its own text, not under its number', () => {
    const view = viewOf({ key: 'q/in-order', quizId: 'q', topic: 'basics', pass: 0.7, question, shown: [1, 0, 2, 3] }, 'en', ['en', 'zh']);
    const response: Response = { type: 'order', order: [1, 0, 2, 3] };
    const outcome = { ...grade(question, response), index: 0, key: 'q/in-order', type: 'order' as const, topic: 'basics', response, ms: 1 };
    const text = renderFeedback(view, outcome, quizMessages('en'), createPaint(0), { width: 50, lang: 'en', showAnswer: true });
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.startsWith('  2. Pre-trained'));
    expect(first).toBeGreaterThan(-1);
    expect(lines[first + 1]).toMatch(/^ {5}\S/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(50);
  });
});
