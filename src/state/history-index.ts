/**
 * What `stats` and `history` need from the log, folded one event at a time in
 * log order, so the log is never held in memory: the attempts (in the order
 * they first appear, with where each starts in the file), accuracy per topic,
 * type and question, and each question's FSRS card. It gives what
 * quiz-history.ts and cards.ts give over all the events, exactly.
 *
 * A fold can be saved (history-snapshot.ts) and carried on with the lines
 * appended after it. Where an appended event would change what was already
 * folded in a way a fold cannot follow (an event of an attempt saved as
 * ended, a rating for an answer whose card was already scheduled, a review
 * dated before its card's last one, an id not of the form `<attempt>:...`),
 * `add` or `settle` returns false and the caller folds the whole log again.
 */
import { byTime, cardState, type CardState, type FsrsCard, type Replay, type Review } from './cards.js';
import type { QuizEvent } from './quiz-events.js';
import { accuracyRows, missedOf, weakRows, type AccuracyRow, type AttemptStatus, type Tally, type WeakRow, type WeakTally } from './quiz-history.js';

export interface AttemptFold {
  id: string;
  /** Byte offset of the attempt's first line in the log. */
  offset: number;
  end: { status: string; points: number; max: number } | undefined;
  /** Answers (one per question index) and their points, summed in log order. */
  answered: number;
  points: number;
  /**
   * Each answered index and its review, until its card is scheduled (then
   * null). Undefined for an attempt read back from a snapshot as ended.
   */
  slots: Map<number, Review | null> | undefined;
  /** The latest rating given to each index by a `rate` line. */
  rates: Map<number, number>;
}

/** A question's tally, with its latest answer by time (for `review --missed`). */
export interface KeyTally extends WeakTally {
  latestT: number;
  latestPoints: number;
}

export interface CardFold {
  card: FsrsCard | undefined;
  /** Reviews not yet applied to `card`. */
  pending: Review[];
}

export class HistoryIndex {
  readonly attempts = new Map<string, AttemptFold>();
  readonly topics = new Map<string, Tally>();
  readonly types = new Map<string, Tally>();
  readonly keys = new Map<string, KeyTally>();
  readonly cards = new Map<string, CardFold>();
  answers = 0;
  /** Events folded (for tests: how much work a read did). */
  folded = 0;
  /** Carrying on a saved fold, whose ended attempts are no longer known line by line. */
  continued: boolean;
  /**
   * Every line's id is checked against all ids before it, as the reader
   * does. A fold that is not strict takes only ids as this program writes
   * them (`<attempt>:start`, `:a<i>`, `:r<i>`, `:end`), so a line that comes
   * again is known by its attempt and index, and no id needs keeping; it
   * cannot go on past another id (`add` returns false) and is then made again
   * strictly. A strict fold is never saved.
   */
  readonly strict: boolean;
  private readonly seen = new Set<string>();

  constructor(opts: { continued?: boolean; strict?: boolean } = {}) {
    this.continued = opts.continued ?? false;
    this.strict = opts.strict ?? false;
  }

  /** Folds one event read at byte `offset`; false when it cannot be folded exactly (see `strict`, `continued`). */
  add(event: QuizEvent, offset: number): boolean {
    if (!this.strict && !canonical(event)) return false;
    let a = this.attempts.get(event.attempt);
    if (a && !a.slots) return false;
    if (this.strict) {
      if (this.seen.has(event.id)) return true;
      this.seen.add(event.id);
    } else if (a && again(event, a)) return true;
    this.folded++;
    if (!a) {
      a = { id: event.attempt, offset, end: undefined, answered: 0, points: 0, slots: new Map(), rates: new Map() };
      this.attempts.set(event.attempt, a);
    }
    if (event.kind === 'answer') {
      if (a.slots!.has(event.index)) return true;
      const review = { t: Date.parse(event.at), rating: a.rates.get(event.index) ?? event.rating };
      a.slots!.set(event.index, review);
      a.answered++;
      a.points += event.points;
      this.answers++;
      tally(this.topics, event.topic, event.points);
      tally(this.types, event.type, event.points);
      const key = this.keys.get(event.key);
      if (!key) this.keys.set(event.key, { count: 1, sum: event.points, last: event.points, latestT: review.t, latestPoints: event.points });
      else {
        key.count++;
        key.sum += event.points;
        key.last = event.points;
        if (review.t >= key.latestT) {
          key.latestT = review.t;
          key.latestPoints = event.points;
        }
      }
      const card = this.cards.get(event.key);
      if (card) card.pending.push(review);
      else this.cards.set(event.key, { card: undefined, pending: [review] });
    } else if (event.kind === 'rate') {
      a.rates.set(event.index, event.rating);
      const review = a.slots!.get(event.index);
      if (review === null) return false;
      if (review) review.rating = event.rating;
    } else if (event.kind === 'end') {
      a.end = { status: event.status, points: event.points, max: event.max };
    }
    return true;
  }

  /**
   * Schedules the reviews folded since the last settle; false when one is
   * dated before its card's last review. Afterwards the fold is as one read
   * back from a snapshot (ended attempts kept only as scores, ids only of
   * the open ones), so what the replay allocates finds the rest freed.
   */
  settle(replay: Replay): boolean {
    const reviewed: CardFold[] = [];
    for (const fold of this.cards.values()) {
      if (fold.pending.length === 0) continue;
      const reviews = byTime(fold.pending);
      if (fold.card && reviews[0]!.t < fold.card.last_review) return false;
      reviewed.push(fold);
    }
    this.freeze();
    for (const fold of reviewed) {
      fold.card = replay(fold.card, fold.pending);
      fold.pending = [];
    }
    return true;
  }

  private freeze(): void {
    for (const a of this.attempts.values()) {
      if (a.end) a.slots = undefined;
      else {
        for (const index of a.slots?.keys() ?? []) a.slots!.set(index, null);
      }
    }
    this.continued = true;
  }

  /** The cards, once settled. */
  cardStates(): CardState[] {
    return [...this.cards].flatMap(([key, fold]) => (fold.card ? [cardState(key, fold.card)] : []));
  }

  accuracy(by: 'topic' | 'type'): AccuracyRow[] {
    return accuracyRows(by === 'topic' ? this.topics : this.types);
  }

  weakest(limit: number): WeakRow[] {
    return weakRows(this.keys, limit);
  }

  /** The keys whose latest answer was not fully right, the most recent first (as missedKeys gives them). */
  missed(): string[] {
    return missedOf([...this.keys].map(([key, k]) => [key, { t: k.latestT, points: k.latestPoints }]));
  }

  /** Each attempt's status, points, maximum and percent, as attemptsOf gives them. */
  *scores(): Generator<{ id: string; offset: number; status: AttemptStatus; points: number; max: number; percent: number }> {
    for (const a of this.attempts.values()) {
      const points = a.end?.points ?? a.points;
      const max = a.end?.max ?? a.answered;
      yield { id: a.id, offset: a.offset, status: (a.end?.status ?? 'stopped') as AttemptStatus, points, max, percent: max === 0 ? 0 : Math.round((points / max) * 1000) / 10 };
    }
  }

}

/** The id this program gives the event: `<attempt>:start`, `:a<index>`, `:r<index>`, `:end`. */
function canonical(event: QuizEvent): boolean {
  if (event.attempt.includes(':')) return false;
  const suffix = event.kind === 'answer' ? `a${event.index}` : event.kind === 'rate' ? `r${event.index}` : event.kind;
  return event.id === `${event.attempt}:${suffix}`;
}

/** Whether a line with a canonical id was folded already (its id was: the reader would drop it). */
function again(event: QuizEvent, a: AttemptFold): boolean {
  if (event.kind === 'answer') return a.slots!.has(event.index);
  if (event.kind === 'rate') return a.rates.has(event.index);
  if (event.kind === 'end') return a.end !== undefined;
  return false;
}

function tally(groups: Map<string, Tally>, name: string, points: number): void {
  const g = groups.get(name);
  if (g) {
    g.count++;
    g.sum += points;
  } else groups.set(name, { count: 1, sum: points });
}
