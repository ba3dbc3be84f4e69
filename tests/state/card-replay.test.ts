/**
 * The replay of card-replay.ts gives what ts-fsrs's own `next` gives, field
 * for field, over generated histories: many cards, every rating, reviews
 * minutes, days and years apart, some dated before the one before (clock
 * changes), and cards carried on from a saved state. A ts-fsrs release that
 * schedules differently, or a change to the replay, fails here.
 */
import { createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { loadReplay, type FsrsCard, type Review } from '../../src/state/cards.js';

const DAY = 86_400_000;
const MINUTE = 60_000;

/** The reference: ts-fsrs's `next`, one review at a time, as cards.ts called it before. */
function libraryReplay(saved: FsrsCard | undefined, reviews: readonly Review[]): FsrsCard {
  const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });
  let card: Card = saved ? { ...saved, due: new Date(saved.due), last_review: new Date(saved.last_review) } : createEmptyCard(new Date(reviews[0]!.t));
  for (const review of reviews) {
    const at = new Date(review.t);
    const when = card.last_review && at < card.last_review ? card.last_review : at;
    card = scheduler.next(card, when, review.rating as Grade).card;
  }
  return { ...card, due: card.due.getTime(), last_review: card.last_review?.getTime() ?? reviews[0]!.t };
}

/** mulberry32, so every run checks the same histories: an integer in [0, n). */
function generator(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** `cards` histories of 1 to `most` reviews with every rating and gaps from seconds to more than a year. */
function histories(cards: number, most: number, seed: number): Review[][] {
  const rand = generator(seed);
  return Array.from({ length: cards }, () => {
    let t = Date.UTC(2020, 0, 1) + rand(1e9) * 1000;
    return Array.from({ length: 1 + rand(most) }, () => {
      const gap = [() => rand(MINUTE), () => rand(DAY), () => rand(40) * DAY + rand(DAY), () => rand(500) * DAY, () => -rand(3 * DAY)][rand(5)]!;
      t += gap();
      return { t, rating: 1 + rand(4) };
    });
  });
}

describe('replaying reviews (card-replay.ts)', () => {
  it('gives the due date, stability, difficulty and every other field that ts-fsrs next gives', async () => {
    const replay = await loadReplay();
    const all = histories(600, 80, 7);
    expect(new Set(all.flat().map((r) => r.rating))).toEqual(new Set([1, 2, 3, 4]));
    for (const reviews of all) expect(replay(undefined, reviews)).toEqual(libraryReplay(undefined, reviews));
  });

  it('carries a saved card on exactly as ts-fsrs does', async () => {
    const replay = await loadReplay();
    for (const reviews of histories(300, 60, 11)) {
      const cut = Math.ceil(reviews.length / 2);
      const saved = libraryReplay(undefined, reviews.slice(0, cut));
      const rest = reviews.slice(cut);
      if (rest.length === 0) continue;
      expect(replay(saved, rest)).toEqual(libraryReplay(saved, rest));
    }
  });

  it('gives what ts-fsrs gives for many reviews of one card a minute apart (the benchmark history)', async () => {
    const replay = await loadReplay();
    const rand = generator(3);
    const reviews = Array.from({ length: 5_000 }, (_, i) => ({ t: Date.UTC(2024, 0, 1) + i * MINUTE, rating: rand(3) > 0 ? 3 : 1 }));
    expect(replay(undefined, reviews)).toEqual(libraryReplay(undefined, reviews));
  });

  it('replays 230,000 reviews in well under the CPU time ts-fsrs next takes (about 2.5 s of it)', async () => {
    const replay = await loadReplay();
    const rand = generator(5);
    const cards = Array.from({ length: 72 }, () => [] as Review[]);
    for (let i = 0; i < 230_000; i++) cards[rand(72)]!.push({ t: Date.UTC(2024, 0, 1) + Math.floor(i / 10) * MINUTE + (i % 10) * 1000, rating: rand(3) > 0 ? 3 : 1 });
    const before = process.cpuUsage();
    const reps = cards.filter((reviews) => reviews.length > 0).reduce((sum, reviews) => sum + replay(undefined, reviews).reps, 0);
    const used = process.cpuUsage(before);
    expect(reps).toBe(230_000);
    expect((used.user + used.system) / 1000).toBeLessThan(1200);
  });
});
