/** `lm-quiz history` and `lm-quiz stats` as text. */
import { hang } from '../../render/layout.js';
import { showCommand } from '../../text/pack-argument.js';
import type { QuizMessages } from '../../i18n/quiz.js';
import type { AccuracyRow, AttemptRecord, WeakRow } from '../../state/quiz-history.js';
import { bar, sparkline } from './charts.js';
import type { Paint } from './paint.js';
import { table } from './summary.js';
import { commandLine } from '../../render/layout.js';
import { hanging } from './wrap.js';
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
  const lines: string[] = [t.statsAttempts(v.attempts, v.answers)];
  const accuracy = (rows: StatsView['byTopic']) =>
    table(rows.map((r) => [r.label, `${r.percent}%`, bar(r.percent, 20).padEnd(20, ' '), t.answersCount(r.answers)]));
  lines.push('', paint.strong(t.statsByTopic), ...accuracy(v.byTopic));
  lines.push('', paint.strong(t.statsByType), ...accuracy(v.byType));
  if (v.weakest.length > 0) {
    lines.push('', paint.strong(t.statsWeakest));
    for (const w of v.weakest) {
      lines.push(...hanging(`  ${String(w.percent).padStart(5)}%  `, `${w.prompt} (${t.answersCount(w.answers)})`, width));
      if (w.ref) lines.push(commandLine('          ', paint.command(showCommand(packArg, w.ref)), width));
    }
  }
  if (v.trend.length > 0) {
    const shown = v.trend.slice(-Math.max(10, width - 20));
    lines.push('', paint.strong(t.statsTrend), `  ${sparkline(shown)}  ${shown[0]}% → ${shown[shown.length - 1]}%`);
  }
  const due = t.statsDue(v.due);
  const review = `  ${paint.command('lm-quiz review')}`;
  // One line when it fits; else the count (its last two words together: `now: 2`) and the command under it, whole.
  lines.push('', ...(v.due === 0 ? [due] : displayWidth(due + review) <= width ? [due + review] : [...hang(due, width, '', '', [due.split(' ').slice(-2).join(' ')]), review]));
  if (v.due === 0 && v.nextDue) lines.push(paint.dim(t.statsNextDue(v.nextDue)));
  return lines.join('\n');
}

function trim(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
