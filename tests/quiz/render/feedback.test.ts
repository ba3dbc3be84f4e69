import { describe, expect, it } from 'vitest';
import { quizMessages } from '../../../src/i18n/quiz.js';
import { grade } from '../../../src/quiz/engine/grade.js';
import type { Response } from '../../../src/quiz/engine/types.js';
import { renderFeedback } from '../../../src/quiz/render/feedback.js';
import { createPaint } from '../../../src/quiz/render/paint.js';
import { viewOf } from '../../../src/quiz/render/question-view.js';
import { order, single } from '../questions.js';
import { renderSummary } from '../../../src/quiz/render/summary.js';
import { displayWidth } from '../../../src/text/width.js';

const long = 'Pre-trained language models (PLM): pre-train on unlabelled text, then fine-tune for each task';
const question = { ...order, items: [{ en: long, zh: long }, ...order.items.slice(1)] };

describe('feedback', () => {
  it('wraps a numbered answer part under its own text, not under its number', () => {
    const view = viewOf({ key: 'q/in-order', quizId: 'q', topic: 'basics', pass: 0.7, question, shown: [1, 0, 2, 3] }, 'en', ['en', 'zh']);
    const response: Response = { type: 'order', order: [1, 0, 2, 3] };
    const outcome = { ...grade(question, response), index: 0, key: 'q/in-order', type: 'order' as const, topic: 'basics', response, ms: 1 };
    const text = renderFeedback(view, outcome, quizMessages('en'), createPaint(0), { width: 50, lang: 'en', showAnswer: true, packArg: '' });
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.startsWith('  2. Pre-trained'));
    expect(first).toBeGreaterThan(-1);
    expect(lines[first + 1]).toMatch(/^ {5}\S/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(50);
  });

  it.each([20, 40])('at %i columns every line fits, and Read more keeps its command whole on a line of its own', (width) => {
    for (const lang of ['en', 'zh']) {
      const view = viewOf({ key: 'q/pick-one', quizId: 'q', topic: 'basics', pass: 0.7, question: single, shown: [0, 1, 2] }, lang, ['en', 'zh']);
      const response: Response = { type: 'single', choice: 0 };
      const outcome = { ...grade(single, response), index: 0, key: 'q/pick-one', type: 'single' as const, topic: 'basics', response, ms: 1 };
      const lines = renderFeedback(view, outcome, quizMessages(lang), createPaint(0), { width, lang, showAnswer: true, packArg: '' }).split('\n');
      const command = 'lm-explain show basics#probability';
      for (const line of lines) if (!line.includes(command)) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(lines.some((l) => l.trim() === command || l.endsWith(` ${command}`) || l.endsWith(`：${command}`))).toBe(true);
    }
  });

  it('the why of a wrong pick: no space after a full-width colon, and quotes inside the quoted choice nested as Chinese nests them', () => {
    const quoted = { ...single, choices: [{ text: { en: 'The last two words, "don\'t like"', zh: '最后两个词“不 喜欢”' }, why: { en: 'That is a trigram.', zh: '那是三元模型。' } }, ...single.choices.slice(1)] };
    const response: Response = { type: 'single', choice: 0 };
    const outcome = { ...grade(quoted, response), index: 0, key: 'q/pick-one', type: 'single' as const, topic: 'basics', response, ms: 1 };
    const render = (lang: 'en' | 'zh') =>
      renderFeedback(viewOf({ key: 'q/pick-one', quizId: 'q', topic: 'basics', pass: 0.7, question: quoted, shown: [0, 1, 2] }, lang, ['en', 'zh']), outcome, quizMessages(lang), createPaint(0), { width: 80, lang, showAnswer: true, packArg: '' });
    expect(render('zh')).toContain('  “最后两个词‘不 喜欢’”：那是三元模型。');
    expect(render('en')).toContain('  “The last two words, "don\'t like"”: That is a trigram.');
  });

  it('Read more carries --pack DIR when the quiz was given one, quoted for the shell when it must be', () => {
    const view = viewOf({ key: 'q/pick-one', quizId: 'q', topic: 'basics', pass: 0.7, question: single, shown: [0, 1, 2] }, 'en', ['en', 'zh']);
    const response: Response = { type: 'single', choice: 0 };
    const outcome = { ...grade(single, response), index: 0, key: 'q/pick-one', type: 'single' as const, topic: 'basics', response, ms: 1 };
    const render = (packArg: string) => renderFeedback(view, outcome, quizMessages('en'), createPaint(0), { width: 120, lang: 'en', showAnswer: true, packArg });
    expect(render('--pack ./my-pack')).toContain('lm-explain --pack ./my-pack show basics#probability');
    expect(render('')).toContain('lm-explain show basics#probability');
  });
});

describe('summary', () => {
  it('at 20 columns the score, the verdict and the tables fit', () => {
    const summary = {
      points: 0, max: 6, percent: 0, pass: 0.7, passed: false, durationMs: 1000, answered: 6, asked: 6, missed: [],
      byTopic: [{ topic: 'named-models', points: 0, max: 2, percent: 0 }, { topic: 'emergent-abilities', points: 0, max: 4, percent: 0 }],
      byType: [{ type: 'single' as const, points: 0, max: 4, percent: 0 }, { type: 'order' as const, points: 0, max: 2, percent: 0 }],
    };
    const names: Record<string, string> = { 'named-models': 'Named models', 'emergent-abilities': 'Emergent abilities' };
    const text = renderSummary(summary, quizMessages('en'), createPaint(0), { width: 20, lang: 'en', topicName: (t) => names[t]!, views: new Map(), aborted: false, packArg: '' });
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(20);
    expect(text).toContain('Emergent abilities\n    0/4  0%');
  });
});
