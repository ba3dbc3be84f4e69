/**
 * The question screen: the header (`3/10 · Stages · 2.5 pts so far`) and the
 * prompt. Without a terminal (--answers) the choices are listed too, in the
 * order they were shown, so the printed transcript reads like the real quiz.
 */
import type { QuizMessages } from '../../i18n/quiz.js';
import { trim } from './numbers.js';
import type { Paint } from './paint.js';
import type { QuestionView } from './question-view.js';
import { hanging, wrap, wrapParts } from './wrap.js';

export interface HeaderInfo {
  position: number;
  total: number;
  topicName: string;
  score: number;
}

/** The header's lines at `width`: each of its parts (`3/10`, the topic, the score) kept whole where it fits. */
export function renderHeader(info: HeaderInfo, t: QuizMessages, paint: Paint, width: number): string[] {
  return wrapParts(t.header(info.position, info.total, info.topicName, t.points(trim(info.score))), width).map((line) => paint.dim(line));
}

export function renderPrompt(view: QuestionView, width: number, paint: Paint): string {
  return wrap(view.prompt, width).map((line) => paint.strong(line)).join('\n');
}

/** The choices, items or pairs as shown, for a transcript. */
export function renderShownParts(view: QuestionView, width: number, t: QuizMessages): string[] {
  const letters = (i: number) => String.fromCharCode(97 + i);
  switch (view.type) {
    case 'single':
    case 'multiple':
      return view.shown.flatMap((i, n) => hanging(`  ${letters(n)}) `, view.choices[i]?.text ?? '', width));
    case 'order':
      return view.shown.flatMap((i, n) => hanging(`  ${n + 1}. `, view.items[i] ?? '', width));
    case 'match':
      return [
        ...view.pairs.flatMap((p, n) => hanging(`  ${n + 1}. `, p.left, width)),
        ...view.shown.flatMap((i, n) => hanging(`  ${letters(n)}) `, view.pairs[i]?.right ?? '', width)),
      ];
    case 'truefalse':
      return [`  ${t.trueWord} / ${t.falseWord}`];
    case 'numeric':
      return view.unit ? [`  (${view.unit})`] : [];
  }
}
