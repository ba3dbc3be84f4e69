/**
 * Saving an attempt as it happens: the start (with the seed and the shown
 * order of every question), each answer the moment it is graded, an easy
 * mark, and the end (finished or abandoned). When saving fails, the learner
 * is warned once and the quiz goes on. With `batch` (a run that reports
 * nothing until it ends, such as `--answers --json`), the events are kept
 * and saved together, with one fsync, by `flush()` before the report.
 */
import type { QuizMessages } from '../../i18n/quiz.js';
import type { Io } from '../../io/io.js';
import type { AttemptMode, QuizEvent } from '../../state/quiz-events.js';
import { LOG_VERSION } from '../../state/quiz-events.js';
import type { LogNotice, QuizLog } from '../../state/quiz-log.js';
import { ratingFor, RATING } from '../engine/rating.js';
import type { SessionState } from '../engine/session.js';
import type { Summary } from '../engine/summary.js';
import type { Outcome, Plan } from '../engine/types.js';
import { randomHex } from './random.js';

export class Recorder {
  readonly attempt: string;
  private warned = false;
  private savedAnswers = 0;
  private readonly pending: QuizEvent[] | undefined;

  constructor(
    private readonly log: QuizLog,
    private readonly io: Io,
    private readonly t: QuizMessages,
    opts: { batch?: boolean } = {},
  ) {
    this.pending = opts.batch ? [] : undefined;
    this.attempt = `${io.now().toISOString().replace(/[-:.]/g, '')}-${randomHex(3)}`;
  }

  get saved(): number {
    return this.savedAnswers;
  }

  get isSaving(): boolean {
    return this.log.isSaving;
  }

  start(plan: Plan, mode: AttemptMode, target: string, lang: string): void {
    this.save({
      ...this.base('start'),
      kind: 'start',
      mode,
      target,
      lang,
      seed: plan.seed,
      plan: plan.items.map((i) => ({ key: i.key, type: i.question.type, topic: i.topic, shown: i.shown })),
    });
  }

  answer(outcome: Outcome): void {
    const saved = this.save({
      ...this.base(`a${outcome.index}`),
      kind: 'answer',
      index: outcome.index,
      key: outcome.key,
      type: outcome.type,
      topic: outcome.topic,
      response: outcome.response,
      points: outcome.points,
      verdict: outcome.verdict,
      ms: outcome.ms,
      rating: ratingFor(outcome.points),
    });
    if (saved) this.savedAnswers++;
  }

  markEasy(outcome: Outcome): void {
    this.save({ ...this.base(`r${outcome.index}`), kind: 'rate', index: outcome.index, key: outcome.key, rating: RATING.easy });
  }

  end(state: SessionState, summary: Summary): void {
    this.save({
      ...this.base('end'),
      kind: 'end',
      status: state.status === 'abandoned' ? 'abandoned' : 'finished',
      points: summary.points,
      max: summary.max,
      passed: summary.passed,
    });
  }

  private base(suffix: string) {
    return { v: LOG_VERSION, id: `${this.attempt}:${suffix}`, attempt: this.attempt, at: this.io.now().toISOString() };
  }

  /** Saves the events kept in batch mode (a no-op otherwise). */
  flush(): void {
    if (!this.pending || this.pending.length === 0) return;
    const events = this.pending.splice(0);
    if (this.write(() => this.log.appendAll(events))) this.savedAnswers += events.filter((e) => e.kind === 'answer').length;
  }

  private save(event: QuizEvent): boolean {
    if (this.pending) {
      this.pending.push(event);
      return false; // counted as saved when flushed
    }
    return this.write(() => this.log.append(event));
  }

  private write(append: () => boolean): boolean {
    const ok = append();
    if (!ok && !this.warned) {
      this.warned = true;
      const notice = this.log.notices.find((n) => n.kind === 'unsaved');
      if (notice) this.io.stderr.write(`${noticeText(notice, this.t)}\n`);
    }
    return ok;
  }
}

export function noticeText(notice: LogNotice, t: QuizMessages): string {
  switch (notice.kind) {
    case 'torn':
      return t.noticeTorn;
    case 'damaged':
      return t.noticeDamaged(notice.count, notice.kept, notice.aside);
    case 'newer':
      return t.noticeNewer(notice.version, notice.file);
    case 'unreadable':
      return t.noticeUnreadable(notice.file, notice.code);
    case 'unsaved':
      return t.noticeUnsaved(notice.file, notice.code);
    case 'unrepaired':
      return t.noticeUnrepaired(notice.file, notice.code);
  }
}
