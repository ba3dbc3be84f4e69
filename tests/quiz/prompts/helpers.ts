/** What the question prompts' tests share: views of the sample questions, a fake terminal, the two message tables. */
import { EventEmitter } from 'node:events';
import { quizMessages } from '../../../src/i18n/quiz.js';
import type { QuestionScreen } from '../../../src/quiz/commands/prompter.js';
import type { AskEnv } from '../../../src/quiz/prompts/ask.js';
import { terminalOf } from '../../../src/quiz/prompts/terminal.js';
import { promptStyle } from '../../../src/quiz/prompts/theme.js';
import type { PlanItem } from '../../../src/quiz/engine/types.js';
import { createPaint, plain } from '../../../src/quiz/render/paint.js';
import { viewOf } from '../../../src/quiz/render/question-view.js';

export const en = quizMessages('en');
export const zh = quizMessages('zh');

export function view(question: PlanItem['question'], shown?: number[], lang = 'en') {
  return viewOf({ key: `q/${question.id}`, quizId: 'q', topic: 'basics', pass: 0.7, question, shown }, lang, ['en', 'zh']);
}

/** A terminal `columns` wide that the test can resize. */
export function fakeTerminal(columns: number) {
  const stream = Object.assign(new EventEmitter(), { columns });
  return {
    stream,
    terminal: terminalOf(stream),
    resize(to: number) {
      stream.columns = to;
      stream.emit('resize');
    },
  };
}

export function env(lang = 'en', columns = 80, level: 0 | 2 = 0): AskEnv {
  return { t: quizMessages(lang), lang, style: promptStyle(level === 0 ? plain : createPaint(level)), terminal: fakeTerminal(columns).terminal };
}

export const screen = (over: Partial<QuestionScreen> = {}): QuestionScreen => ({ intro: () => 'Q: the question', canSkip: true, canBack: false, skippedBefore: false, ...over });
