/** `lm-quiz history` and `lm-quiz stats` as text. */
import type { QuizMessages } from '../../i18n/quiz.js';
import type { AccuracyRow, AttemptRecord, WeakRow } from '../../state/quiz-history.js';
import { bar, sparkline } from './charts.js';
import type { Paint } from './paint.js';
import { table } from './summary.js';
import { hanging } from './wrap.js';

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

export function renderHistory(attempts: readonly AttemptLabel[], t: QuizMessages, paint: Paint): string {
  const rows = attempts.map(({ record, title }) => {
    const mode = record.start ? t.modeNames[record.start.mode] : '';
    const status = record.status === 'finished' ? (record.end?.passed ? '✓' : '✗') : '·';
    return [
      formatTime(record.startedAt),
      mode ? `${title} (${mode})` : title,
      `${trim(record.points)}/${record.max}`,
      `${record.percent}%`,
      `${status} ${t.statusNames[record.status]}`,
      record.start ? t.seedWord(record.start.seed) : '',
    ];
  });
  return [paint.strong(t.historyTitle), ...table(rows)].join('\n');
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

export function renderStats(v: StatsView, t: QuizMessages, paint: Paint, width: number): string {
  const lines: string[] = [t.statsAttempts(v.attempts, v.answers)];
  const accuracy = (rows: StatsView['byTopic']) =>
    table(rows.map((r) => [r.label, `${r.percent}%`, bar(r.percent, 20).padEnd(20, ' '), t.answersCount(r.answers)]));
  lines.push('', paint.strong(t.statsByTopic), ...accuracy(v.byTopic));
  lines.push('', paint.strong(t.statsByType), ...accuracy(v.byType));
  if (v.weakest.length > 0) {
    lines.push('', paint.strong(t.statsWeakest));
    for (const w of v.weakest) {
      lines.push(...hanging(`  ${String(w.percent).padStart(5)}%  `, `${w.prompt} (${t.answersCount(w.answers)})`, width));
      if (w.ref) lines.push(`          ${paint.command(`lm-explain show ${w.ref}`)}`);
    }
  }
  if (v.trend.length > 0) {
    const shown = v.trend.slice(-Math.max(10, width - 20));
    lines.push('', paint.strong(t.statsTrend), `  ${sparkline(shown)}  ${shown[0]}% → ${shown[shown.length - 1]}%`);
  }
  lines.push('', t.statsDue(v.due) + (v.due > 0 ? `  ${paint.command('lm-quiz review')}` : ''));
  if (v.due === 0 && v.nextDue) lines.push(paint.dim(t.statsNextDue(v.nextDue)));
  return lines.join('\n');
}

function trim(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
