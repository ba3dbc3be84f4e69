/**
 * The end of an attempt: points and percentage, passed or not, per topic and
 * per type, the missed questions (each with the command to read more), and
 * the time taken.
 */
import { showCommand } from '../../text/pack-argument.js';
import type { QuizMessages } from '../../i18n/quiz.js';
import type { Summary } from '../engine/summary.js';
import { duration, percentOf, trim } from './numbers.js';
import type { Paint } from './paint.js';
import type { QuestionView } from './question-view.js';
import { commandLine } from '../../render/layout.js';
import { hanging, wrap } from './wrap.js';
import { displayWidth } from '../../text/width.js';

export interface SummaryOptions {
  width: number;
  lang: string;
  topicName: (topic: string) => string;
  /** The view of each asked question, by key. */
  views: ReadonlyMap<string, QuestionView>;
  aborted: boolean;
  /** `--pack DIR` when the quiz was given one, else '': the commands printed must run as printed. */
  packArg: string;
}

export function renderSummary(summary: Summary, t: QuizMessages, paint: Paint, opts: SummaryOptions): string {
  const lines: string[] = [paint.strong(t.summaryTitle)];
  const wrapped = (text: string, style: (s: string) => string = (x) => x) => wrap(text, opts.width).map((line) => style(line));
  if (opts.aborted) lines.push(...wrapped(t.abandonedNote(summary.answered, summary.asked)));
  lines.push(...wrapped(t.score(trim(summary.points), summary.max, String(summary.percent))));
  const pass = percentOf(summary.pass);
  lines.push(...(summary.passed ? wrapped(t.passed(pass), paint.right) : wrapped(t.failed(pass), paint.wrong)));
  if (summary.byTopic.length > 1) {
    lines.push('', t.byTopic, ...fitted(summary.byTopic.map((r) => [opts.topicName(r.topic), `${trim(r.points)}/${r.max}`, `${r.percent}%`]), opts.width));
  }
  if (summary.byType.length > 1) {
    lines.push('', t.byType, ...fitted(summary.byType.map((r) => [t.typeNames[r.type], `${trim(r.points)}/${r.max}`, `${r.percent}%`]), opts.width));
  }
  if (summary.missed.length > 0) {
    lines.push('', t.missed);
    for (const miss of summary.missed) {
      const view = opts.views.get(miss.key);
      const mark = miss.verdict === 'partial' ? '◐' : '✗';
      lines.push(...hanging(`  ${mark} `, view?.prompt ?? miss.key, opts.width));
      if (view) lines.push(commandLine('    ', paint.command(showCommand(opts.packArg, view.ref)), opts.width));
    }
  }
  lines.push('', t.timeTaken(duration(summary.durationMs, opts.lang)));
  return lines.join('\n');
}

/** The table, or when it is wider than `width`, each name on a line and its figures on the next. */
function fitted(rows: string[][], width: number): string[] {
  const lines = table(rows);
  if (lines.every((line) => displayWidth(line) <= width)) return lines;
  return rows.flatMap(([name, ...figures]) => [...hanging('  ', name ?? '', width), `    ${figures.join('  ')}`]);
}

/** Left column padded by display width, numbers right-aligned. */
export function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? '')))) ?? [];
  return rows.map((row) =>
    `  ${row
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c]! - displayWidth(cell));
        return c === 0 ? cell + pad : pad + cell;
      })
      .join('  ')}`.trimEnd(),
  );
}
