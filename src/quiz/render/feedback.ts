/**
 * What the learner sees right after answering: right, partly right (with
 * points) or wrong; the correct answer; the explanation; the `why` of each
 * wrong choice picked; and where to read more, as a command to type.
 */
import { showCommand } from '../../text/pack-argument.js';
import type { QuizMessages } from '../../i18n/quiz.js';
import type { Outcome } from '../engine/types.js';
import { answerLines, correctLines } from './answer-text.js';
import { trim } from './numbers.js';
import type { Paint } from './paint.js';
import type { QuestionView } from './question-view.js';
import { commandLine } from '../../render/layout.js';
import { gapAfter, hanging, wrap } from './wrap.js';
import { displayWidth } from '../../text/width.js';

export interface FeedbackOptions {
  width: number;
  lang: string;
  /** Repeat the learner's answer (a transcript without a terminal). */
  showAnswer: boolean;
  /** `--pack DIR` when the quiz was given one ('' otherwise): the "Read more" command must run as printed. */
  packArg: string;
}

export function renderFeedback(view: QuestionView, outcome: Outcome, t: QuizMessages, paint: Paint, opts: FeedbackOptions): string {
  const lines: string[] = [];
  if (opts.showAnswer) lines.push(...block(t.answerLabel, answerLines(view, outcome.response, t, opts.lang), opts.width));
  lines.push(verdictLine(outcome, t, paint));
  if (outcome.verdict !== 'right') lines.push(...block(t.correctAnswer, marked(view, outcome, correctLines(view, t, opts.lang)), opts.width));
  for (const pick of outcome.wrongPicks) {
    const choice = view.choices[pick];
    if (!choice?.why) continue;
    const label = t.whyWrong(choice.text);
    lines.push(...hanging('  ', `${label}${gapAfter(label)}${choice.why}`, opts.width));
  }
  if (view.explain) lines.push(...wrap(view.explain, opts.width));
  lines.push(...readMoreLines(view.ref, opts.packArg, t, paint, opts.width));
  return lines.join('\n');
}

/**
 * `Read more: lm-explain show stages#slm`, or the command on a line of its
 * own when both do not fit: a command is never cut (it is there to be copied).
 */
function readMoreLines(ref: string, packArg: string, t: QuizMessages, paint: Paint, width: number): string[] {
  const command = showCommand(packArg, ref);
  const gap = gapAfter(t.readMore);
  if (displayWidth(`${t.readMore}${gap}${command}`) <= width) return [`${paint.dim(t.readMore)}${gap}${paint.command(command)}`];
  return [paint.dim(t.readMore), commandLine('  ', paint.command(command), width)];
}

export function verdictLine(outcome: Pick<Outcome, 'verdict' | 'points'>, t: QuizMessages, paint: Paint): string {
  if (outcome.verdict === 'right') return paint.right(t.right);
  if (outcome.verdict === 'partial') return paint.partly(t.partly(trim(outcome.points)));
  return paint.wrong(t.wrong);
}

/** For match, which pairs the learner got (✓) and missed (✗). */
function marked(view: QuestionView, outcome: Outcome, lines: string[]): string[] {
  const response = outcome.response;
  if (view.type !== 'match' || response.type !== 'match') return lines;
  return lines.map((line, left) => `${response.pairs[left] === left ? '✓' : '✗'} ${line}`);
}

/** `Label: one` on one line, or the label then indented lines when there are several (or the label is wide). */
function block(label: string, parts: string[], width: number): string[] {
  // Beside the label while that leaves the answer half the width; else under it.
  if (parts.length === 1 && displayWidth(label) * 2 <= width) return hanging(`${label}${gapAfter(label)}`, parts[0]!, width);
  // A numbered or marked part ("3. …", "✓ …") wraps under its own text, not under its number.
  return [
    label,
    ...parts.flatMap((p) => {
      const lead = /^(?:\d+\. |[✓✗] )/.exec(p)?.[0] ?? '';
      return hanging(`  ${lead}`, p.slice(lead.length), width);
    }),
  ];
}
