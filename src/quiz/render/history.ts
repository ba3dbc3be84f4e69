/** `lm-quiz history` and `lm-quiz stats` as text. */
import { hang, hangUnder } from '../../render/layout.js';
import { showCommand } from '../../text/pack-argument.js';
import type { QuizMessages } from '../../i18n/quiz.js';
import type { AccuracyRow, AttemptRecord, WeakRow } from '../../state/quiz-history.js';
import { bar, sparkline } from './charts.js';
import type { Paint } from './paint.js';
import { table } from './summary.js';
import { commandLine } from '../../render/layout.js';
import { hanging, wrap } from './wrap.js';
import { displayWidth } from '../../text/width.js';

export interface AttemptLabel {
  record: AttemptRecord;
  title: string;
}

/** `2026-03-01 14:05` in the local time zone. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/**
 * One line per attempt when the table fits the width: when, what, points,
 * percentage, status, seed, each column aligned (text to the left, numbers
 * to the right). When it does not fit, two lines per attempt: the figures,
 * then what was played, wrapped under them.
 */
export function renderHistory(attempts: readonly AttemptLabel[], t: QuizMessages, paint: Paint, width: number): string {
  const rows = attempts.map(({ record, title }) => {
    const mode = record.start ? t.modeNames[record.start.mode] : '';
    const status = record.status === 'finished' ? (record.end?.passed ? '✓' : '✗') : '·';
    return {
      when: formatTime(record.startedAt),
      what: mode ? `${title} (${mode})` : title,
      points: `${trim(record.points)}/${record.max}`,
      percent: `${record.percent}%`,
      status: `${status} ${t.statusNames[record.status]}`,
      seed: record.start ? t.seedWord(record.start.seed) : '',
    };
  });
  const oneLine = aligned(rows.map((r) => [r.when, r.what, r.points, r.percent, r.status, r.seed]), [L, L, R, R, L, L]);
  if (oneLine.every((line) => displayWidth(line) <= width)) return [paint.strong(t.historyTitle), ...oneLine].join('\n');
  const figures = aligned(rows.map((r) => [r.when, r.points, r.percent, r.status, r.seed]), [L, R, R, L, L], false);
  const lines = rows.flatMap((r, i) => [...packCells(figures[i]!, width), ...hanging('    ', r.what, width)]);
  return [paint.strong(t.historyTitle), ...lines].join('\n');
}

const L = 'left';
const R = 'right';

/** Columns padded by display width, two spaces apart, after a two-space indent (or as padded cells). */
function aligned(rows: string[][], align: ('left' | 'right')[]): string[];
function aligned(rows: string[][], align: ('left' | 'right')[], join: false): string[][];
function aligned(rows: string[][], align: ('left' | 'right')[], join = true): string[] | string[][] {
  const widths = align.map((_, c) => Math.max(0, ...rows.map((r) => displayWidth(r[c] ?? ''))));
  const padded = rows.map((row) =>
    row.map((cell, c) => {
      const pad = ' '.repeat(widths[c]! - displayWidth(cell));
      return align[c] === 'left' ? cell + pad : pad + cell;
    }),
  );
  return join ? padded.map((cells) => `  ${cells.join('  ')}`.trimEnd()) : padded;
}

/** Cells two spaces apart, as many on a line as fit; a cell is never split. */
function packCells(cells: string[], width: number): string[] {
  const lines: string[] = [];
  let line = ' ';
  for (const cell of cells.map((c) => c.trimEnd()).filter((c) => c !== '')) {
    if (line.trim() !== '' && displayWidth(`${line}  ${cell}`) > width) {
      lines.push(line);
      line = ' ';
    }
    line += ` ${line.trim() === '' ? '' : ' '}${cell}`;
  }
  lines.push(line);
  return lines.map((l) => l.trimEnd());
}

export interface StatsView {
  attempts: number;
  answers: number;
  byTopic: (AccuracyRow & { label: string })[];
  byType: (AccuracyRow & { label: string })[];
  weakest: (WeakRow & { prompt: string; ref: string | undefined })[];
  due: number;
  nextDue: string | undefined;
  /** Percentages of finished attempts, oldest first. */
  trend: number[];
}

export function renderStats(v: StatsView, t: QuizMessages, paint: Paint, width: number, packArg = ''): string {
  const heading = (text: string) => ['', ...wrap(text, width).map((line) => paint.strong(line))];
  const lines: string[] = wrap(t.statsAttempts(v.attempts, v.answers), width);
  lines.push(...heading(t.statsByTopic), ...accuracyLines(v.byTopic, t, width));
  lines.push(...heading(t.statsByType), ...accuracyLines(v.byType, t, width));
  if (v.weakest.length > 0) {
    lines.push(...heading(t.statsWeakest));
    for (const w of v.weakest) {
      const count = t.weakAnswers(w.answers);
      lines.push(...hangUnder(`  ${String(w.percent).padStart(5)}%  `, `${w.prompt}${count}`, width, [count.trim()]));
      if (w.ref) lines.push(commandLine('          ', paint.command(showCommand(packArg, w.ref)), width));
    }
  }
  if (v.trend.length > 0) {
    // As many of the latest scores as leave room for the indent, the gap and `100% → 100%`.
    const shown = v.trend.slice(-Math.max(1, width - 4 - displayWidth('100% → 100%')));
    lines.push('', paint.strong(t.statsTrend), `  ${sparkline(shown)}  ${shown[0]}% → ${shown[shown.length - 1]}%`);
  }
  const due = t.statsDue(v.due);
  const review = `  ${paint.command('lm-quiz review')}`;
  // One line when it fits; else the count (its last two words together: `now: 2`) and the command under it, whole.
  lines.push('', ...(v.due === 0 ? wrap(due, width) : displayWidth(due + review) <= width ? [due + review] : [...hang(due, width, '', '', [due.split(' ').slice(-2).join(' ')]), review]));
  if (v.due === 0 && v.nextDue) lines.push(...wrap(t.statsNextDue(v.nextDue), width).map((line) => paint.dim(line)));
  return lines.join('\n');
}

/** The widest an accuracy bar is drawn, and the narrowest worth drawing. */
const BAR_CELLS = 20;
const MIN_BAR_CELLS = 5;

/**
 * Accuracy rows (label, percentage, bar, answers), aligned, with the bar as wide as the width
 * leaves: at most 20 cells, left out below 5. Where even the rest does not fit, each row takes
 * two lines: its label, then its figures under it.
 */
function accuracyLines(rows: StatsView['byTopic'], t: QuizMessages, width: number): string[] {
  const cells = rows.map((r) => [r.label, `${r.percent}%`, t.answersCount(r.answers)] as const);
  const widest = (c: 0 | 1 | 2) => Math.max(0, ...cells.map((row) => displayWidth(row[c])));
  // Two columns of indent, then the columns two apart.
  const withoutBar = 2 + widest(0) + 2 + widest(1) + 2 + widest(2);
  const cellsLeft = Math.min(BAR_CELLS, width - withoutBar - 2);
  if (cellsLeft >= MIN_BAR_CELLS) return table(rows.map((r, i) => [cells[i]![0], cells[i]![1], bar(r.percent, cellsLeft).padEnd(cellsLeft, ' '), cells[i]![2]]));
  if (withoutBar <= width) return table(cells.map((row) => [...row]));
  return cells.flatMap(([label, percent, answers]) => [...hanging('  ', label, width), `    ${percent.padStart(widest(1))}  ${answers}`]);
}

function trim(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
