/**
 * A pack of thousands of tiny chapters (issue #20, item 11): list and search
 * do work proportional to the pack, counted as reads of the chapter list
 * (a lookup in it per chapter made them quadratic: 37.5 s at 100,000), and
 * an invalid glossary is reported before any chapter is read.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeTinyPack } from '../../scripts/bench/tiny-pack.mjs';
import { ContentError } from '../../src/errors.js';
import type { ReaderContext } from '../../src/reader/context.js';
import { homeCommand } from '../../src/reader/home.js';
import { listCommand } from '../../src/reader/list.js';
import { searchCommand } from '../../src/reader/search.js';
import type { ProgressStore } from '../../src/state/progress.js';
import { reader, text } from './helpers.js';

const N = 3000;
const work = mkdtempSync(join(tmpdir(), 'lm-many-chapters-'));
const good = writeTinyPack(join(work, 'good'), N);
const bad = writeTinyPack(join(work, 'bad'), N, { badGlossary: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A list that counts how many of its items are read (by index, by iteration, by includes or indexOf). */
function counted(items: string[]): { list: string[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { list, reads: () => reads };
}

/**
 * A context over `pack` whose chapter list and progress (every chapter read)
 * count their reads.
 */
function countingContext(pack: string): { ctx: ReaderContext; reads: () => number } {
  const base = reader({ env: { LM_PACK: pack } }).ctx();
  const chapters = counted(base.course.manifest.chapters);
  const read = counted([...base.course.manifest.chapters]);
  base.course.manifest.chapters = chapters.list;
  const progress = { pack: { read: read.list, last: undefined } } as unknown as ProgressStore;
  return { ctx: { ...base, progress }, reads: () => chapters.reads() + read.reads() };
}

describe(`${N.toLocaleString('en-US')} tiny chapters`, () => {
  test.each([
    ['list', (ctx: ReaderContext) => text(listCommand({}, ctx))],
    ['search', (ctx: ReaderContext) => text(searchCommand({ query: 'idea' }, ctx))],
    ['home', (ctx: ReaderContext) => text(homeCommand({}, ctx))],
  ])('%s reads the chapter list and the progress a few times over, not once per chapter', (_name, run) => {
    const { ctx, reads } = countingContext(good);
    const out = run(ctx);
    expect(out).toContain(`c${N}`);
    // A lookup per chapter would be N * N / 2 = 4.5 million reads.
    expect(reads()).toBeLessThan(10 * N);
  });

  test('search with an invalid glossary says so before reading any chapter', () => {
    const { ctx, reads } = countingContext(bad);
    expect(() => searchCommand({ query: 'idea' }, ctx)).toThrow(ContentError);
    expect(() => searchCommand({ query: 'idea' }, ctx)).toThrow(/glossary is not valid/);
    expect(reads()).toBe(0);
  });
});
